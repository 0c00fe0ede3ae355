package vn.langso.dossier;

/**
 * A way to reach a citizen outside the app: SMS, Zalo OA message, e-mail. Production wires an
 * operator's adapter; the default adapters write the message to the log.
 */
public interface MessageGateway {

	/** The channel's name as in {@code langso.notifications.channels}: sms, zalo, email. */
	String channel();

	/** Sends; returns false when the recipient has no address on this channel. */
	boolean send(String phone, String email, String text);

}
