package vn.langso.platform;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * The request with a body that cannot be read past its limit, whatever the Content-Length says (a
 * chunked body has none): the byte after the limit fails with {@link RequestBodyTooLarge}, so a
 * controller taking {@code byte[]} or a String never holds more than the limit in memory.
 */
final class LimitedBodyRequest extends HttpServletRequestWrapper {

	private final long limit;

	private ServletInputStream limited;

	private BufferedReader reader;

	LimitedBodyRequest(HttpServletRequest request, long limit) {
		super(request);
		this.limit = limit;
	}

	@Override
	public ServletInputStream getInputStream() throws IOException {
		if (limited == null) {
			limited = new LimitedInputStream(super.getInputStream(), limit);
		}
		return limited;
	}

	@Override
	public BufferedReader getReader() throws IOException {
		if (reader == null) {
			String encoding = getCharacterEncoding();
			Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
			reader = new BufferedReader(new InputStreamReader(getInputStream(), charset));
		}
		return reader;
	}

	/** Counts what is read and refuses the byte past the limit. */
	static final class LimitedInputStream extends ServletInputStream {

		private final ServletInputStream body;

		private final long limit;

		private long read;

		LimitedInputStream(ServletInputStream body, long limit) {
			this.body = body;
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int next = body.read();
			if (next >= 0) {
				count(1);
			}
			return next;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			// never ask for more than one byte past the limit, so no more than that is ever taken in
			long allowed = limit - read + 1;
			int n = body.read(buffer, offset, (int) Math.min(length, Math.max(1, allowed)));
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) throws RequestBodyTooLarge {
			read += n;
			if (read > limit) {
				throw new RequestBodyTooLarge(limit);
			}
		}

		long bytesRead() {
			return read;
		}

		@Override
		public boolean isFinished() {
			return body.isFinished();
		}

		@Override
		public boolean isReady() {
			return body.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			body.setReadListener(listener);
		}

	}

}
