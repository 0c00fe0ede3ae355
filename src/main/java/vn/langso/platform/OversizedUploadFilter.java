package vn.langso.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * A request body beyond the upload cap ({@code spring.servlet.multipart.max-request-size}) is refused
 * here, before sign-in checks or any controller try to read it: a page asks for a smaller file
 * ({@code templates/error/413.html}), the API answers problem+json. Without this, the container's
 * parse failure surfaced as a missing CSRF token (a misleading 403) or a reset connection. Tomcat
 * still reads and discards the unread body up to {@code server.tomcat.max-swallow-size}, so the browser
 * receives the answer. Limits of a single use (a dossier attachment, a household sheet) are smaller
 * and checked by the module that knows them, with its own message next to the field.
 */
final class OversizedUploadFilter extends OncePerRequestFilter {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final long maxRequestBytes;

	private final MessageSource messages;

	private final LocaleResolver locales;

	OversizedUploadFilter(DataSize maxRequestSize, MessageSource messages, LocaleResolver locales) {
		this.maxRequestBytes = maxRequestSize.toBytes();
		this.messages = messages;
		this.locales = locales;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (maxRequestBytes > 0 && request.getContentLengthLong() > maxRequestBytes) {
			refuse(request, response);
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		catch (MaxUploadSizeExceededException ex) {
			// a body without Content-Length (chunked) that turned out too large
			if (response.isCommitted()) {
				throw ex;
			}
			response.reset();
			refuse(request, response);
		}
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
		String accept = request.getHeader("Accept");
		boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/")
				|| (accept != null && accept.contains("json") && !accept.contains("text/html"));
		if (!api) {
			// marks the request's multipart as failed, so the error dispatch renders error/413.html
			// instead of parsing the body again (DispatcherServlet skips re-resolution then)
			request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, new MaxUploadSizeExceededException(maxRequestBytes));
			response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
			return;
		}
		Locale locale = locales.resolveLocale(request);
		long mb = maxRequestBytes / (1024 * 1024);
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", messages.getMessage("error.413.title", null, locale));
		problem.put("status", HttpStatus.CONTENT_TOO_LARGE.value());
		problem.put("detail", messages.getMessage("error.413.api", new Object[] { mb }, locale));
		problem.put("instance", request.getRequestURI());
		problem.put("maxBytes", maxRequestBytes);
		response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write(JSON.writeValueAsString(problem));
	}

}
