package vn.langso.broadcast;

/** Where an announcement goes. */
public enum Channel {

	PORTAL, IN_APP, EMAIL, SMS_ZALO, LED_BOARD, LOUDSPEAKER;

	public String messageKey() {
		return "broadcast.channel." + name();
	}

}
