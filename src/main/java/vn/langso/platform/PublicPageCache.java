package vn.langso.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Keeps the public pages that every anonymous visitor sees alike (portal, catalogue, announcements)
 * rendered and gzipped for a few seconds, so a whole commune opening the storm warning at once costs
 * one render per page and interval instead of one per visitor.
 *
 * <p>Why it is safe: only a GET without query string from a visitor who sends no cookie but the
 * language one (so no session, hence not signed in), no Authorization and no htmx header is served
 * from or stored in the cache; the stored response was itself rendered for such an anonymous request
 * (Spring Security ran for it), and a response that set a cookie (a session, a CSRF token) or was not
 * a 200 HTML page is never stored. The key holds the language cookie, so Vietnamese and English stay apart.
 *
 * <p>Freshness: each page is re-rendered after {@code time-to-live}; any POST, PUT, PATCH or DELETE on
 * this node (publishing an announcement, editing a procedure) makes every page stale at once. A stale
 * page is re-rendered by one request while the others still get the previous copy, so an expiry in the
 * middle of a flash crowd does not send the whole crowd to the database.
 */
final class PublicPageCache extends OncePerRequestFilter {

	private static final Set<String> MUTATING = Set.of("POST", "PUT", "PATCH", "DELETE");

	private static final Set<String> NOT_REPLAYED = Set.of("set-cookie", "content-length", "content-encoding",
			"transfer-encoding", "date", "vary");

	private static final int MAX_PAGE_BYTES = 512 * 1024;

	private final List<PathPattern> paths;

	private final long timeToLiveNanos;

	private final long maxBytes;

	private final ConcurrentHashMap<String, CachedPage> pages = new ConcurrentHashMap<>();

	private final AtomicLong generation = new AtomicLong();

	private final AtomicLong bytes = new AtomicLong();

	private final AtomicLong hits = new AtomicLong();

	private final AtomicLong misses = new AtomicLong();

	PublicPageCache(List<String> paths, Duration timeToLive, long maxBytes) {
		PathPatternParser parser = PathPatternParser.defaultInstance;
		this.paths = paths.stream().map(String::trim).filter(p -> !p.isEmpty()).map(parser::parse).toList();
		this.timeToLiveNanos = timeToLive.toNanos();
		this.maxBytes = maxBytes;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (MUTATING.contains(request.getMethod())) {
			try {
				chain.doFilter(request, response);
			}
			finally {
				generation.incrementAndGet();
			}
			return;
		}
		String key = keyOf(request);
		if (key == null) {
			chain.doFilter(request, response);
			return;
		}
		CachedPage page = pages.get(key);
		if (page != null && (page.fresh(generation.get(), timeToLiveNanos) || !page.claimRefresh())) {
			hits.incrementAndGet();
			page.writeTo(request, response);
			return;
		}
		misses.incrementAndGet();
		render(key, request, response, chain);
	}

	/** The cache key, or null when this request must be rendered for itself. */
	private String keyOf(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod()) || request.getQueryString() != null
				|| request.getHeader(HttpHeaders.AUTHORIZATION) != null || request.getHeader("HX-Request") != null) {
			return null;
		}
		String language = "";
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (!"langso-lang".equals(cookie.getName())) {
					return null; // a session cookie: possibly signed in, never shared
				}
				language = cookie.getValue();
			}
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		PathContainer container = PathContainer.parsePath(path);
		for (PathPattern pattern : paths) {
			if (pattern.matches(container)) {
				return language + ' ' + path;
			}
		}
		return null;
	}

	private void render(String key, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long renderedFor = generation.get();
		ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
		CachedPage page = null;
		try {
			chain.doFilter(request, captured);
			byte[] body = captured.getContentAsByteArray();
			page = storable(response, captured, body) ? CachedPage.of(response, body, renderedFor) : null;
			captured.copyBodyToResponse();
		}
		finally {
			if (page != null) {
				store(key, page);
			}
			else {
				forget(key); // a stale copy whose refresh failed must not be served on and on
			}
		}
	}

	private void forget(String key) {
		CachedPage removed = pages.remove(key);
		if (removed != null) {
			bytes.addAndGet(-removed.size());
		}
	}

	private static boolean storable(HttpServletResponse response, ContentCachingResponseWrapper captured, byte[] body) {
		String type = captured.getContentType();
		return captured.getStatus() == HttpServletResponse.SC_OK && type != null && type.startsWith("text/html")
				&& !response.containsHeader(HttpHeaders.SET_COOKIE) && body.length <= MAX_PAGE_BYTES;
	}

	private void store(String key, CachedPage page) {
		CachedPage previous = pages.put(key, page);
		long total = bytes.addAndGet(page.size() - (previous == null ? 0 : previous.size()));
		if (total > maxBytes) {
			// rare (the pages are few and small): start over rather than keep an eviction order
			pages.clear();
			bytes.set(0);
		}
	}

	long hits() {
		return hits.get();
	}

	long misses() {
		return misses.get();
	}

	int size() {
		return pages.size();
	}

	/** One rendered page: its headers as the web chain wrote them, the body plain and gzipped. */
	private static final class CachedPage {

		private final List<Map.Entry<String, String>> headers;

		private final String contentType;

		private final byte[] plain;

		private final byte[] gzipped;

		private final long generation;

		private final long renderedAt = System.nanoTime();

		private final AtomicBoolean refreshing = new AtomicBoolean();

		private CachedPage(List<Map.Entry<String, String>> headers, String contentType, byte[] plain, long generation) {
			this.headers = headers;
			this.contentType = contentType;
			this.plain = plain;
			this.gzipped = gzip(plain);
			this.generation = generation;
		}

		static CachedPage of(HttpServletResponse response, byte[] body, long generation) {
			List<Map.Entry<String, String>> headers = new ArrayList<>();
			for (String name : response.getHeaderNames()) {
				if (!NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT))
						&& !HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)) {
					for (String value : response.getHeaders(name)) {
						headers.add(Map.entry(name, value));
					}
				}
			}
			return new CachedPage(List.copyOf(headers), response.getContentType(), body, generation);
		}

		boolean fresh(long currentGeneration, long timeToLiveNanos) {
			return generation == currentGeneration && System.nanoTime() - renderedAt < timeToLiveNanos;
		}

		/** True for the one request that re-renders a stale page; the others keep getting this copy. */
		boolean claimRefresh() {
			return refreshing.compareAndSet(false, true);
		}

		long size() {
			return plain.length + gzipped.length;
		}

		void writeTo(HttpServletRequest request, HttpServletResponse response) throws IOException {
			response.setStatus(HttpServletResponse.SC_OK);
			for (Map.Entry<String, String> header : headers) {
				response.addHeader(header.getKey(), header.getValue());
			}
			response.setContentType(contentType);
			response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
			byte[] body = plain;
			String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
			if (accepted != null && accepted.toLowerCase(Locale.ROOT).contains("gzip")) {
				response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
				body = gzipped;
			}
			response.setContentLength(body.length);
			response.getOutputStream().write(body);
		}

		private static byte[] gzip(byte[] plain) {
			ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length / 3 + 64);
			try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
				zip.write(plain);
			}
			catch (IOException impossible) {
				throw new UncheckedIOException(impossible);
			}
			return out.toByteArray();
		}

	}

}
