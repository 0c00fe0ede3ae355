package vn.langso.identity;

/**
 * Sends a text message (SMS, or a Zalo message through the operator's bridge) to a Vietnamese phone
 * number. The default adapter only writes the message to the log; a deployment plugs in its
 * operator's gateway by declaring another bean of this type. Every module that texts people uses it.
 */
public interface SmsGateway {

	void send(String phone, String text);

}
