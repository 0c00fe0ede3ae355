package vn.langso.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.langso.IntegrationTest;

/**
 * Static files over real HTTP: the pages link fingerprinted URLs, which answer with a year-long
 * immutable Cache-Control and the build's gzipped copy (our css/js and the webjars' JavaScript alike).
 */
@IntegrationTest
class StaticResourcesIntegrationTests {

	private static final String YEAR_IMMUTABLE = "max-age=31536000, public, immutable";

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	private HttpResponse<byte[]> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private String linkIn(String page, String regex) throws Exception {
		String html = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + page)).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher link = Pattern.compile(regex).matcher(html);
		assertThat(link.find()).as(regex + " in " + page).isTrue();
		return link.group();
	}

	@Test
	void theLayoutsCssAndJsAreFingerprintedCachedForAYearAndServedGzipped() throws Exception {
		for (String regex : new String[] { "/css/app-[0-9a-f]{32}\\.css", "/js/app-[0-9a-f]{32}\\.js" }) {
			String link = linkIn("/xa/binh-hoa", regex);
			HttpResponse<byte[]> file = get(link);
			assertThat(file.statusCode()).as(link).isEqualTo(200);
			assertThat(file.headers().firstValue("Cache-Control")).as(link).hasValue(YEAR_IMMUTABLE);
			assertThat(file.headers().firstValue("Content-Encoding")).as(link).hasValue("gzip");
			assertThat(file.headers().firstValue("Set-Cookie")).as(link).isEmpty();
			assertThat(file.body()[0]).isEqualTo((byte) 0x1f); // the gzip magic number
		}
	}

	@Test
	void webjarJavaScriptIsFingerprintedAndServedGzipped() throws Exception {
		String leaflet = linkIn("/xa/binh-hoa/phan-anh", "/webjars/leaflet/1\\.9\\.4/dist/leaflet-[0-9a-f]{32}\\.js");
		HttpResponse<byte[]> file = get(leaflet);

		assertThat(file.statusCode()).isEqualTo(200);
		assertThat(file.headers().firstValue("Content-Type").orElseThrow()).contains("javascript");
		assertThat(file.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(file.headers().firstValue("Cache-Control")).hasValue(YEAR_IMMUTABLE);
	}

	@Test
	void aFileWhoseContentChangedIsNotServedUnderAnOldFingerprint() throws Exception {
		assertThat(get("/css/app-00000000000000000000000000000000.css").statusCode()).isEqualTo(404);
	}

}
