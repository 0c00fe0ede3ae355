package vn.langso.platform;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.server.PathContainer;
import org.springframework.util.unit.DataSize;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * How many bytes of a request body may be read, by route. Multipart uploads have the container's
 * request cap ({@code spring.servlet.multipart.max-request-size}, counted by the container as it
 * streams, so a chunked body is bounded too). Every other body (JSON, XML, form posts) has
 * {@code langso.request-body.max-size}, or a route's own {@code langso.request-body.limits[/path/**]}:
 * an anonymous machine endpoint such as the bank notices takes a few kilobytes, never hundreds of megabytes.
 */
final class RequestBodyLimits {

	private final long multipartBytes;

	private final long defaultBytes;

	private final Map<PathPattern, Long> byRoute = new LinkedHashMap<>();

	RequestBodyLimits(DataSize multipart, DataSize defaultSize, Map<String, DataSize> routes) {
		this.multipartBytes = multipart.toBytes();
		this.defaultBytes = defaultSize.toBytes();
		routes.forEach((pattern, size) -> byRoute.put(PathPatternParser.defaultInstance.parse(pattern), size.toBytes()));
	}

	/** The bytes this request's body may have; 0 or less means no limit. */
	long limitFor(HttpServletRequest request) {
		if (isMultipart(request)) {
			return multipartBytes;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		PathContainer container = PathContainer.parsePath(path);
		return byRoute.entrySet().stream()
			.filter(route -> route.getKey().matches(container))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(defaultBytes);
	}

	static boolean isMultipart(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
	}

}
