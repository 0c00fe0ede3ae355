package vn.langso.identity.messaging;

import vn.langso.identity.DeliveryResult;
import vn.langso.identity.MessageChannel;
import vn.langso.identity.OutboundMessage;

/** A real provider for one channel other than SMS (SMS has its own {@code SmsGateway}). */
interface ChannelAdapter {

	MessageChannel channel();

	/** Hands the message to the provider; a refusal or an outage is a {@code FAILED} result, not an exception. */
	DeliveryResult send(OutboundMessage message);

}
