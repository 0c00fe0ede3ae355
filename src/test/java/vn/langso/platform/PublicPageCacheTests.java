package vn.langso.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The anonymous page cache: what is shared, what never is (signed-in visitors, pages that set a
 * cookie, errors), and when a page is rendered again.
 */
class PublicPageCacheTests {

	private final AtomicInteger renders = new AtomicInteger();

	private final PublicPageCache cache = new PublicPageCache(List.of("/xa/*", "/xa/*/thong-bao/*"), Duration.ofMinutes(5),
			1024 * 1024);

	/** Renders "page N" (N counts the renders), the way the web chain answers an anonymous GET. */
	private final FilterChain page = (request, response) -> {
		HttpServletResponse http = (HttpServletResponse) response;
		http.setHeader("X-Frame-Options", "DENY");
		http.setContentType("text/html;charset=UTF-8");
		http.getWriter().write("<html>page " + renders.incrementAndGet() + " for " + request.getLocale() + "</html>");
	};

	private MockHttpServletResponse get(String path, Cookie... cookies)
			throws IOException, jakarta.servlet.ServletException {
		return get(path, page, cookies);
	}

	private MockHttpServletResponse get(String path, FilterChain chain, Cookie... cookies)
			throws IOException, jakarta.servlet.ServletException {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		if (cookies.length > 0) {
			request.setCookies(cookies);
		}
		MockHttpServletResponse response = new MockHttpServletResponse();
		cache.doFilter(request, response, chain);
		return response;
	}

	@Test
	void anAnonymousPageIsRenderedOnceAndServedWithItsHeaders() throws Exception {
		MockHttpServletResponse first = get("/xa/binh-hoa");
		MockHttpServletResponse second = get("/xa/binh-hoa");

		assertThat(renders).hasValue(1);
		assertThat(second.getContentAsString()).isEqualTo(first.getContentAsString()).contains("page 1");
		assertThat(second.getHeader("X-Frame-Options")).isEqualTo("DENY");
		assertThat(second.getContentType()).startsWith("text/html");
		assertThat(cache.hits()).isEqualTo(1);
		assertThat(cache.misses()).isEqualTo(1);
	}

	@Test
	void aVisitorWithASessionCookieIsNeverServedTheSharedCopyNorStoresOne() throws Exception {
		get("/xa/binh-hoa");
		MockHttpServletResponse signedIn = get("/xa/binh-hoa", new Cookie("SESSION", "abc"));
		assertThat(signedIn.getContentAsString()).contains("page 2");

		get("/xa/thien-loc/thong-bao/1", new Cookie("SESSION", "abc"));
		assertThat(get("/xa/thien-loc/thong-bao/1").getContentAsString()).contains("page 4");
		assertThat(cache.size()).isEqualTo(2);
	}

	@Test
	void eachLanguageHasItsOwnCopy() throws Exception {
		get("/xa/binh-hoa");
		MockHttpServletResponse english = get("/xa/binh-hoa", new Cookie("langso-lang", "en"));
		MockHttpServletResponse englishAgain = get("/xa/binh-hoa", new Cookie("langso-lang", "en"));

		assertThat(english.getContentAsString()).contains("page 2");
		assertThat(englishAgain.getContentAsString()).contains("page 2");
		assertThat(get("/xa/binh-hoa").getContentAsString()).contains("page 1");
	}

	@Test
	void aPageThatSetsACookieOrIsNotAnOkHtmlPageIsNotKept() throws Exception {
		FilterChain startsSession = (request, response) -> {
			((HttpServletResponse) response).addHeader("Set-Cookie", "SESSION=new");
			page.doFilter(request, response);
		};
		get("/xa/binh-hoa", startsSession);
		get("/xa/binh-hoa", startsSession);
		FilterChain notFound = (request, response) -> {
			((HttpServletResponse) response).setStatus(404);
			page.doFilter(request, response);
		};
		get("/xa/khong-co", notFound);
		get("/xa/khong-co", notFound);

		assertThat(renders).hasValue(4);
		assertThat(cache.size()).isZero();
	}

	@Test
	void queriesOtherPathsAndOtherMethodsAreRenderedEachTime() throws Exception {
		MockHttpServletRequest search = new MockHttpServletRequest("GET", "/xa/binh-hoa");
		search.setQueryString("q=khai+sinh");
		cache.doFilter(search, new MockHttpServletResponse(), page);
		get("/tra-cuu");
		get("/tra-cuu");

		assertThat(renders).hasValue(3);
		assertThat(cache.size()).isZero();
	}

	@Test
	void aChangeMadeOnThisNodeMakesThePagesStaleAndOneRequestRendersItAgain() throws Exception {
		get("/xa/binh-hoa");
		cache.doFilter(new MockHttpServletRequest("POST", "/staff/truyen-thanh"), new MockHttpServletResponse(),
				(request, response) -> { });

		// the first visitor after the change renders the page again; a visitor arriving meanwhile keeps the old one
		MockHttpServletResponse[] during = new MockHttpServletResponse[1];
		MockHttpServletResponse after = get("/xa/binh-hoa", (request, response) -> {
			during[0] = get("/xa/binh-hoa");
			page.doFilter(request, response);
		});

		assertThat(during[0].getContentAsString()).contains("page 1");
		assertThat(after.getContentAsString()).contains("page 2");
		assertThat(get("/xa/binh-hoa").getContentAsString()).contains("page 2");
	}

	@Test
	void aPageExpiresAfterItsTimeToLive() throws Exception {
		PublicPageCache shortLived = new PublicPageCache(List.of("/xa/*"), Duration.ZERO, 1024 * 1024);
		shortLived.doFilter(new MockHttpServletRequest("GET", "/xa/binh-hoa"), new MockHttpServletResponse(), page);
		shortLived.doFilter(new MockHttpServletRequest("GET", "/xa/binh-hoa"), new MockHttpServletResponse(), page);

		assertThat(renders).hasValue(2);
	}

	@Test
	void browsersThatAcceptGzipGetTheGzippedCopy() throws Exception {
		get("/xa/binh-hoa");
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/xa/binh-hoa");
		request.addHeader("Accept-Encoding", "gzip, deflate, br");
		MockHttpServletResponse response = new MockHttpServletResponse();
		cache.doFilter(request, response, page);

		assertThat(response.getHeader("Content-Encoding")).isEqualTo("gzip");
		assertThat(response.getHeader("Vary")).isEqualTo("Accept-Encoding");
		assertThat(gunzip(response.getContentAsByteArray())).contains("page 1");
	}

	private static String gunzip(byte[] gzipped) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
