package vn.langso.identity;

/**
 * Sends a text message to a Vietnamese phone number. The default adapter ({@link LoggingSmsGateway})
 * sends nothing and says so ({@link DeliveryResult.Status#NOT_SENT}); {@code langso.messaging.sms=smpp}
 * selects the SMPP 3.4 client of an operator's SMS centre (docs/operations.md). Every module that texts
 * people uses it.
 */
public interface SmsGateway {

	/** Sends; never throws for a provider's refusal or outage, which come back as {@code FAILED}. */
	DeliveryResult send(String phone, String text);

}
