package vn.langso.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.StreamUtils;

/** The counting stream: a 300 MB body (no Content-Length) is never taken in beyond its limit. */
class LimitedBodyRequestTests {

	/** An endless body of zeros that counts how much of it the server took in. */
	static final class EndlessBody extends ServletInputStream {

		long taken;

		@Override
		public int read() {
			taken++;
			return 0;
		}

		@Override
		public int read(byte[] b, int off, int len) {
			taken += len;
			return len;
		}

		@Override
		public boolean isFinished() {
			return false;
		}

		@Override
		public boolean isReady() {
			return true;
		}

		@Override
		public void setReadListener(ReadListener listener) {
		}

	}

	@Test
	void readingAnEndlessBodyStopsOneByteAfterTheLimit() {
		EndlessBody body = new EndlessBody();
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/payment/bank-notices") {
			@Override
			public ServletInputStream getInputStream() {
				return body;
			}
		};
		LimitedBodyRequest limited = new LimitedBodyRequest(request, 64 * 1024);

		assertThatThrownBy(() -> StreamUtils.copyToByteArray(limited.getInputStream()))
			.isInstanceOf(RequestBodyTooLarge.class)
			.satisfies(ex -> assertThat(((RequestBodyTooLarge) ex).limit()).isEqualTo(64 * 1024));
		assertThat(body.taken).isEqualTo(64 * 1024 + 1);
	}

	@Test
	void aBodyWithinTheLimitIsReadWhole() throws IOException {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/epcis/capture");
		request.setContent("{\"type\":\"EPCISDocument\"}".getBytes());
		LimitedBodyRequest limited = new LimitedBodyRequest(request, 24);

		try (InputStream in = limited.getInputStream()) {
			assertThat(new String(in.readAllBytes())).isEqualTo("{\"type\":\"EPCISDocument\"}");
		}
	}

	@Test
	void theReaderIsBoundedToo() {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/catalog/procedures");
		request.setContent(new byte[100]);
		request.setCharacterEncoding("UTF-8");
		LimitedBodyRequest limited = new LimitedBodyRequest(request, 99);

		assertThatThrownBy(() -> limited.getReader().transferTo(java.io.Writer.nullWriter()))
			.isInstanceOf(RequestBodyTooLarge.class);
	}

	@Test
	void limitsFollowTheRoute() {
		RequestBodyLimits limits = new RequestBodyLimits(org.springframework.util.unit.DataSize.ofMegabytes(60),
				org.springframework.util.unit.DataSize.ofMegabytes(1),
				java.util.Map.of("/api/v1/payment/bank-notices", org.springframework.util.unit.DataSize.ofKilobytes(64)));
		MockHttpServletRequest notice = new MockHttpServletRequest("POST", "/api/v1/payment/bank-notices");
		notice.setContentType("application/json");
		MockHttpServletRequest upload = new MockHttpServletRequest("POST", "/xa/binh-hoa/phan-anh/moi");
		upload.setContentType("multipart/form-data; boundary=x");
		MockHttpServletRequest other = new MockHttpServletRequest("PUT", "/api/v1/dashboard/indicators/x");

		assertThat(limits.limitFor(notice)).isEqualTo(64 * 1024);
		assertThat(limits.limitFor(upload)).isEqualTo(60 * 1024 * 1024);
		assertThat(limits.limitFor(other)).isEqualTo(1024 * 1024);
	}

}
