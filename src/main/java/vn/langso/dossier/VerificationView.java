package vn.langso.dossier;

import java.time.Instant;

/**
 * What the QR code of an e-result shows: whether the serial is a valid, revoked or unknown result of
 * the platform, and only non-sensitive facts about it.
 */
public record VerificationView(State state, String serial, String resultName, String procedureName,
		String communeName, Instant issuedAt, String sha256) {

	public enum State {
		VALID, REVOKED, UNKNOWN
	}

}
