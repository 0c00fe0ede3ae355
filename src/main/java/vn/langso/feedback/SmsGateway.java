package vn.langso.feedback;

/**
 * Sends a text message to a Vietnamese phone number. The default adapter only writes the message to
 * the log; a deployment plugs in its operator's gateway by declaring another bean.
 */
public interface SmsGateway {

	void send(String phone, String text);

}
