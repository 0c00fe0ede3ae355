package vn.langso.identity;

import java.util.Locale;

/** How a message reaches a person outside the app. SMS and Zalo are addressed by phone number, e-mail by address. */
public enum MessageChannel {

	SMS(true), ZALO(true), EMAIL(false);

	private final boolean byPhone;

	MessageChannel(boolean byPhone) {
		this.byPhone = byPhone;
	}

	/** True when the address is a phone number. */
	public boolean byPhone() {
		return byPhone;
	}

	/** The channel's name in configuration ({@code langso.notifications.channels=sms,zalo,email}). */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The channel of a configuration name, case-insensitive. */
	public static MessageChannel ofKey(String key) {
		return valueOf(key.trim().toUpperCase(Locale.ROOT));
	}

}
