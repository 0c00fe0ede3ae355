package vn.langso.broadcast;

/** How pressing an announcement is; an emergency interrupts schedules and is published as a CAP alert. */
public enum Urgency {

	NORMAL, URGENT, EMERGENCY;

	public String messageKey() {
		return "broadcast.urgency." + name();
	}

}
