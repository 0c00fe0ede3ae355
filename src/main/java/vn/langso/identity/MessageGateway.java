package vn.langso.identity;

/**
 * The one way the platform sends a message to a person outside the app, on every channel (SMS, Zalo
 * OA, e-mail): dossier notices, announcements, household notifications. The default adapter
 * ({@link LoggingMessageGateway}) hands SMS to the {@link SmsGateway} and writes Zalo and e-mail to the
 * log; a deployment replaces it by declaring its own bean of this type (its SMS brand-name provider,
 * Zalo OA, SMTP relay).
 */
public interface MessageGateway {

	/** Sends; true when the provider accepted the message, false when it refused it. */
	boolean send(OutboundMessage message);

}
