package vn.langso.community;

import java.time.Instant;
import java.util.List;

public record VisitView(long id, long householdId, String address, String actorName, Instant visitedAt,
		List<HelpKind> helped, String note) {

	public java.time.LocalDateTime localTime() {
		return java.time.LocalDateTime.ofInstant(visitedAt, java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
	}

}
