package vn.langso.economy.web;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The version headers every EPCIS 2.0 response carries (GS1's {@code version} pattern: digits, one dot). */
final class EpcisHeaders {

	static final MediaType JSON_LD = MediaType.parseMediaType("application/ld+json");

	static final String EPCIS_VERSION = "2.0";

	static final String CBV_VERSION = "2.0";

	private EpcisHeaders() {
	}

	static ResponseEntity.BodyBuilder versioned(ResponseEntity.BodyBuilder response) {
		return response.header("GS1-EPCIS-Version", EPCIS_VERSION).header("GS1-CBV-Version", CBV_VERSION);
	}

}
