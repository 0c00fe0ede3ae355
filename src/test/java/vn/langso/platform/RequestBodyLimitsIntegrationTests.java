package vn.langso.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.langso.IntegrationTest;
import vn.langso.SignIn;

/**
 * Bodies sent without Content-Length (chunked), over real HTTP: each route's limit holds on the bytes
 * actually read, so an anonymous caller cannot make the server hold a large body in memory, and the
 * answer is 413 (problem+json for machines, the Vietnamese page for a browser's upload).
 */
@IntegrationTest
class RequestBodyLimitsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	private final HttpClient http = HttpClient.newHttpClient();

	/** A body of {@code size} bytes, streamed: the client sends it chunked, with no Content-Length. */
	static HttpRequest.BodyPublisher chunked(byte[] head, long size) {
		Supplier<InputStream> body = () -> new SequenceInputStream(new ByteArrayInputStream(head),
				new InputStream() {
					long left = size - head.length;

					@Override
					public int read() {
						return left-- > 0 ? ' ' : -1;
					}

					@Override
					public int read(byte[] b, int off, int len) {
						if (left <= 0) {
							return -1;
						}
						int n = (int) Math.min(len, left);
						java.util.Arrays.fill(b, off, off + n, (byte) ' ');
						left -= n;
						return n;
					}
				});
		return HttpRequest.BodyPublishers.ofInputStream(body);
	}

	private HttpResponse<String> send(String path, String contentType, String accept, HttpRequest.BodyPublisher body)
			throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Content-Type", contentType).header("Accept", accept).POST(body).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	@Test
	void aChunkedBankNoticeOverItsLimitIsRefusedWithProblemJson() throws Exception {
		long before = jdbc.queryForObject("select count(*) from payment_bank_notice", Long.class);
		byte[] head = "{\"transactionId\":\"FT-BIG\",\"content\":\"".getBytes(StandardCharsets.UTF_8);

		HttpResponse<String> response = send("/api/v1/payment/bank-notices", "application/json", "application/json",
				chunked(head, 8L * 1024 * 1024));

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(response.body()).contains("\"status\":413").contains("64 KB").contains("không có gì được lưu")
			.doesNotContain("Exception");
		assertThat(jdbc.queryForObject("select count(*) from payment_bank_notice", Long.class)).isEqualTo(before);
	}

	@Test
	void aChunkedBankNoticeWithinItsLimitReachesTheEndpoint() throws Exception {
		byte[] notice = "{\"transactionId\":\"FT-SMALL\",\"accountNumber\":\"1\",\"amountVnd\":1,\"content\":\"x\"}"
			.getBytes(StandardCharsets.UTF_8);

		HttpResponse<String> response = send("/api/v1/payment/bank-notices", "application/json", "application/json",
				chunked(notice, notice.length));

		// read whole and judged by its signature (none here), not refused for its size
		assertThat(response.statusCode()).isEqualTo(403);
	}

	@Test
	void aDeclaredLengthOverTheLimitIsRefusedBeforeReading() throws Exception {
		HttpResponse<String> response = send("/api/v1/payment/bank-notices", "application/json", "application/json",
				HttpRequest.BodyPublishers.ofByteArray(new byte[100 * 1024]));

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("64 KB");
	}

	@Test
	void anEpcisCaptureOverItsOwnLimitIsRefused() throws Exception {
		MvcResult issued = mvc.perform(post("/tai-khoan/san-xuat/khoa-api").with(csrf()).with(SignIn.as(mvc, "sanxuat")))
			.andReturn();
		String key = (String) issued.getFlashMap().get("apiKey");

		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/epcis/capture"))
			.header("Content-Type", "application/ld+json").header("Authorization", "Bearer " + key)
			.POST(chunked("{\"@context\":\"".getBytes(StandardCharsets.UTF_8), 17L * 1024 * 1024)).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("16 MB");
	}

	@Test
	void aChunkedUploadOverTheRequestCapGetsTheVietnamesePage() throws Exception {
		String boundary = "----LangSoChunked";
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"photos\"; filename=\"a.jpg\"\r\n"
				+ "Content-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8);

		HttpResponse<String> response = send("/xa/binh-hoa/thu-tuc/1.001193/nop",
				"multipart/form-data; boundary=" + boundary, "text/html", chunked(head, 61L * 1024 * 1024));

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("Tệp gửi lên quá lớn").doesNotContain("Exception");
	}

}
