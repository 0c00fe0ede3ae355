package vn.langso.identity;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A line of the audit log as the administrator reads it. */
public record AuditEntryView(long id, Instant at, Long actorId, String actorName, Long communeId, String action,
		String subjectType, String subjectId, String detail) {

	/** When it happened, in Vietnam's time zone, for display. */
	public LocalDateTime localTime() {
		return LocalDateTime.ofInstant(at, ZoneId.of("Asia/Ho_Chi_Minh"));
	}

}
