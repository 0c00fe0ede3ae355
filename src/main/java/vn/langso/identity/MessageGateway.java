package vn.langso.identity;

/**
 * The one way the platform sends a message to a person outside the app, on every channel (SMS, Zalo
 * ZNS, e-mail): dossier notices, announcements, household notifications. The default
 * ({@code identity.messaging.ChannelMessageGateway}) hands SMS to the {@link SmsGateway}, e-mail to the
 * SMTP relay when {@code langso.messaging.email=smtp}, Zalo to the ZNS API when
 * {@code langso.messaging.zalo=zns}; a channel without a real adapter answers
 * {@link DeliveryResult.Status#NOT_SENT}, so reach counts only what a provider accepted.
 */
public interface MessageGateway {

	/** Sends; never throws for a provider's refusal or outage, which come back as {@code FAILED}. */
	DeliveryResult send(OutboundMessage message);

}
