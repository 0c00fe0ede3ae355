package vn.langso.broadcast;

/**
 * Sends one text message (e-mail, SMS or a Zalo OA message) to one person. The default adapter only
 * logs; a commune plugs in its SMS brand-name provider, Zalo OA or SMTP relay as another bean.
 */
public interface MessageGateway {

	/** True when the provider accepted the message. */
	boolean send(Channel channel, String address, String subject, String text);

}
