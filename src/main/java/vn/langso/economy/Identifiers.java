package vn.langso.economy;

import java.util.Optional;

/**
 * LàngSố's identifiers for things GS1 keys do not cover for small producers: growing areas, producers'
 * sites and packed cartons. They are URIs under one fixed namespace (see docs/economy.md).
 */
final class Identifiers {

	static final String BASE = "https://langso.vn/id";

	static final String GROWING_AREA = BASE + "/vung-trong/";

	private Identifiers() {
	}

	static String growingArea(String code) {
		return GROWING_AREA + code;
	}

	static Optional<String> growingAreaCode(String uri) {
		return uri != null && uri.startsWith(GROWING_AREA) ? Optional.of(uri.substring(GROWING_AREA.length())) : Optional.empty();
	}

	static String site(long producerId) {
		return BASE + "/co-so/" + producerId;
	}

	static String carton(long batchId, long sequence) {
		return BASE + "/thung/" + batchId + "-" + sequence;
	}

}
