package vn.langso.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * The 413 answer to a body over its limit: the Vietnamese page ({@code templates/error/413.html}) for a
 * browser, problem+json for the API, never a stack trace.
 */
final class OversizedBodyAnswer {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final MessageSource messages;

	private final LocaleResolver locales;

	OversizedBodyAnswer(MessageSource messages, LocaleResolver locales) {
		this.messages = messages;
		this.locales = locales;
	}

	void refuse(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
		String accept = request.getHeader("Accept");
		boolean wantsPage = accept != null && accept.contains("text/html");
		// a browser's file upload gets the page; machines (and JSON, XML or form bodies without text/html) problem+json
		boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/")
				|| !wantsPage && (!RequestBodyLimits.isMultipart(request) || accept != null && accept.contains("json"));
		if (!api) {
			// marks the request's multipart as failed, so the error dispatch renders error/413.html
			// instead of parsing the body again (DispatcherServlet skips re-resolution then)
			request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, new MaxUploadSizeExceededException(limit));
			response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
			return;
		}
		Locale locale = locales.resolveLocale(request);
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", messages.getMessage("error.413.title", null, locale));
		problem.put("status", HttpStatus.CONTENT_TOO_LARGE.value());
		problem.put("detail", messages.getMessage("error.413.api", new Object[] { readable(limit) }, locale));
		problem.put("instance", request.getRequestURI());
		problem.put("maxBytes", limit);
		response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write(JSON.writeValueAsString(problem));
	}

	/** "60 MB", "64 KB": the limit as a person reads it. */
	static String readable(long bytes) {
		long mb = 1024 * 1024;
		if (bytes >= mb) {
			return (bytes / mb) + " MB";
		}
		return Math.max(1, bytes / 1024) + " KB";
	}

}
