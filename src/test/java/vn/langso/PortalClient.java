package vn.langso;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain HTTP client with cookies against the running server, for what MockMvc cannot show: the
 * error pages the servlet container renders, and real sign-in with the form's CSRF token.
 */
public final class PortalClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient http;

	private final String base;

	public PortalClient(int port) {
		this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
		this.base = "http://127.0.0.1:" + port;
	}

	public HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	public HttpResponse<String> getJson(String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json").GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	public HttpResponse<String> signIn(String login, String password) throws IOException, InterruptedException {
		String token = csrfTokenOf(get("/dang-nhap").body());
		String form = "login=" + encode(login) + "&password=" + encode(password) + "&_csrf=" + encode(token);
		return http.send(HttpRequest.newBuilder(URI.create(base + "/dang-nhap"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
	}

	/** The CSRF token of the form on a page (the session's token). */
	public String csrfToken(String path) throws IOException, InterruptedException {
		return csrfTokenOf(get(path).body());
	}

	/** A file part of {@link #postMultipart}. */
	public record FilePart(String field, String fileName, String contentType, byte[] content) {
	}

	/**
	 * Posts a multipart/form-data body as a browser does (fields, then files; Content-Length set), so
	 * the container's own upload handling is exercised.
	 */
	public HttpResponse<String> postMultipart(String path, java.util.Map<String, String> fields, java.util.List<FilePart> files,
			String accept) throws IOException, InterruptedException {
		String boundary = "----LangSoBoundary" + Long.toHexString(System.nanoTime());
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		for (java.util.Map.Entry<String, String> field : fields.entrySet()) {
			body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
					+ field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
		}
		for (FilePart file : files) {
			body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.field() + "\"; filename=\""
					+ file.fileName() + "\"\r\nContent-Type: " + file.contentType() + "\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			body.write(file.content());
			body.write("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return http.send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept", accept)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String csrfTokenOf(String html) {
		Matcher matcher = CSRF.matcher(html);
		if (!matcher.find()) {
			throw new AssertionError("no CSRF token in the page");
		}
		return matcher.group(1);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
