package vn.langso.platform;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A message converter that failed because the body went past its limit reports an unreadable body
 * (400); this resolver, ahead of the others, answers what really happened: 413.
 */
final class OversizedBodyResolver implements HandlerExceptionResolver, Ordered {

	private final OversizedBodyAnswer answer;

	OversizedBodyResolver(OversizedBodyAnswer answer) {
		this.answer = answer;
	}

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		RequestBodyTooLarge tooLarge = RequestBodyTooLarge.in(ex);
		if (tooLarge == null || response.isCommitted()) {
			return null;
		}
		try {
			response.reset();
			answer.refuse(request, response, tooLarge.limit());
		}
		catch (IOException writeFailed) {
			return null;
		}
		return new ModelAndView();
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
