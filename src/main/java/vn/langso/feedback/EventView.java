package vn.langso.feedback;

import java.time.Instant;

/** A step of the handling: {@code kind} is one of RECEIVED, ASSIGNED, FORWARDED, ANSWERED, CLOSED, REOPENED, ESCALATED, RATED. */
public record EventView(Instant at, String kind, String actorName, String note) {

	public String messageKey() {
		return "feedback.event." + kind;
	}

}
