package vn.langso.community;

import java.time.Instant;

/** A call-back request left on a public plate card, for officials. */
public record ContactRequestView(long id, long householdId, String address, String senderName, String senderPhone,
		String message, Instant createdAt, boolean handled) {

	public java.time.LocalDateTime localTime() {
		return java.time.LocalDateTime.ofInstant(createdAt, java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
	}

}
