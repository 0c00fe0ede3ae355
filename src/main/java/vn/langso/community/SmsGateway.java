package vn.langso.community;

/**
 * Sends a text message. The default adapter only logs (no network); a deployment plugs in its
 * operator's or brand-name SMS gateway by declaring another bean of this type.
 */
public interface SmsGateway {

	void send(String phone, String text);

}
