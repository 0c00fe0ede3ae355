package vn.langso.economy.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * A capture in a media type the binding does not take is refused before any controller is chosen, so no
 * controller advice sees it: this resolver answers it for {@code /epcis/**} only, as the binding's
 * {@code UnsupportedMediaTypeException} (415) or {@code ImplementationException} (406), and leaves every
 * other path to the usual resolvers.
 */
@Component
class EpcisMediaTypeProblems implements HandlerExceptionResolver, Ordered {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final MessageSource messages;

	EpcisMediaTypeProblems(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (!request.getRequestURI().startsWith(request.getContextPath() + "/epcis")) {
			return null;
		}
		ProblemDetail problem;
		if (ex instanceof HttpMediaTypeNotSupportedException) {
			problem = EpcisProblems.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UnsupportedMediaTypeException",
					text("epcis.problem.mediaType.title"), text("epcis.problem.mediaType.detail"));
		}
		else if (ex instanceof HttpMediaTypeNotAcceptableException) {
			problem = EpcisProblems.problem(HttpStatus.NOT_ACCEPTABLE, "ImplementationException",
					text("epcis.problem.notAcceptable.title"), text("epcis.problem.notAcceptable.detail"));
		}
		else {
			return null;
		}
		try {
			response.setStatus(problem.getStatus());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			response.setHeader("GS1-EPCIS-Version", EpcisHeaders.EPCIS_VERSION);
			response.setHeader("GS1-CBV-Version", EpcisHeaders.CBV_VERSION);
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("type", problem.getType().toString());
			body.put("title", problem.getTitle());
			body.put("status", problem.getStatus());
			body.put("detail", problem.getDetail());
			JSON.writeValue(response.getWriter(), body);
		}
		catch (IOException writeFailed) {
			return null;
		}
		return new ModelAndView();
	}

	private String text(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}

}
