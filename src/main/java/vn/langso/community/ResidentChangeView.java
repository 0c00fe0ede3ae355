package vn.langso.community;

import java.time.Instant;

public record ResidentChangeView(Instant at, String actorName, String field, String oldValue, String newValue) {

	public java.time.LocalDateTime localTime() {
		return java.time.LocalDateTime.ofInstant(at, java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
	}

}
