package vn.langso.broadcast;

/** A schedule plays once on a date, or every day at the same time. */
public enum Recurrence {

	ONCE, DAILY;

	public String messageKey() {
		return "broadcast.recurrence." + name();
	}

}
