package vn.langso.feedback;

/**
 * Where a report is in its handling. Open311 only knows {@code open} and {@code closed}; the richer
 * states stay available through {@code /api/v1/feedback}.
 */
public enum ReportStatus {

	/** Received, waiting for triage. */
	NEW,
	/** Given to an official or village head with a deadline. */
	ASSIGNED,
	/** Answered publicly; the reporter may still ask to reopen once closed. */
	ANSWERED,
	CLOSED;

	public boolean isOpen() {
		return this != CLOSED;
	}

	public String open311() {
		return this == CLOSED ? "closed" : "open";
	}

	public String messageKey() {
		return "feedback.status." + name();
	}

}
