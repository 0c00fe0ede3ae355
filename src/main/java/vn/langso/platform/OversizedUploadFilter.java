package vn.langso.platform;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A request body beyond its route's limit ({@link RequestBodyLimits}) is refused here, before sign-in
 * checks or any controller read it, when its Content-Length says so; a body without one (chunked) is
 * read through {@link LimitedBodyRequest}, which fails on the first byte past the limit, so what is
 * held in memory stays bounded. A page asks for a smaller file ({@code templates/error/413.html}), the
 * API answers problem+json ({@link OversizedBodyAnswer}). Without this, the container's parse failure
 * surfaced as a missing CSRF token (a misleading 403) or a reset connection. Tomcat still reads and
 * discards the unread body up to {@code server.tomcat.max-swallow-size}, so the browser receives the
 * answer. Limits of a single use (a dossier attachment, a household sheet) are smaller and checked by
 * the module that knows them, with its own message next to the field.
 */
final class OversizedUploadFilter extends OncePerRequestFilter {

	private final RequestBodyLimits limits;

	private final OversizedBodyAnswer answer;

	OversizedUploadFilter(RequestBodyLimits limits, OversizedBodyAnswer answer) {
		this.limits = limits;
		this.answer = answer;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long limit = limits.limitFor(request);
		if (limit > 0 && request.getContentLengthLong() > limit) {
			answer.refuse(request, response, limit);
			return;
		}
		// multipart bodies are parsed by the container from its own stream, which counts them against the cap
		HttpServletRequest bounded = limit > 0 && !RequestBodyLimits.isMultipart(request)
				? new LimitedBodyRequest(request, limit) : request;
		try {
			chain.doFilter(bounded, response);
		}
		catch (MaxUploadSizeExceededException | RequestBodyTooLarge ex) {
			// a body without Content-Length (chunked) that turned out too large, not answered on the way
			if (response.isCommitted()) {
				throw ex;
			}
			response.reset();
			answer.refuse(request, response, limit);
		}
	}

}
