package vn.langso.platform;

import java.io.IOException;

/**
 * A body went past its route's limit while being read. An {@link IOException}, so the reader in the
 * middle (a message converter, Jackson) fails as on a broken connection; {@link OversizedBodyResolver}
 * finds it in the cause chain and answers 413 instead of the converter's 400.
 */
final class RequestBodyTooLarge extends IOException {

	private final long limit;

	RequestBodyTooLarge(long limit) {
		super("request body over " + limit + " bytes", null);
		this.limit = limit;
	}

	long limit() {
		return limit;
	}

	static RequestBodyTooLarge in(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof RequestBodyTooLarge tooLarge) {
				return tooLarge;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return null;
	}

}
