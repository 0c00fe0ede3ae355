package vn.langso.identity.messaging;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.langso.identity.DeliveryResult;
import vn.langso.identity.LoggingSmsGateway;
import vn.langso.identity.MessageChannel;
import vn.langso.identity.MessageGateway;
import vn.langso.identity.OutboundMessage;
import vn.langso.identity.SmsGateway;

/**
 * The platform's {@link MessageGateway}: SMS to the {@link SmsGateway} (SMPP or the logging adapter),
 * e-mail and Zalo to their configured {@link ChannelAdapter}s. A channel without one answers
 * {@code NOT_SENT} and the log says so (masked address, never the text: it may carry a one-time code).
 * Every result is counted in {@code langso.messages} by channel and status.
 */
class ChannelMessageGateway implements MessageGateway {

	private static final Logger log = LoggerFactory.getLogger(ChannelMessageGateway.class);

	private final SmsGateway sms;

	private final Map<MessageChannel, ChannelAdapter> adapters = new EnumMap<>(MessageChannel.class);

	private final MeterRegistry meters;

	ChannelMessageGateway(SmsGateway sms, List<ChannelAdapter> adapters, MeterRegistry meters) {
		this.sms = sms;
		adapters.forEach(adapter -> this.adapters.put(adapter.channel(), adapter));
		this.meters = meters;
	}

	/** True when the channel has a real provider behind it (not a logging adapter). */
	boolean real(MessageChannel channel) {
		return channel == MessageChannel.SMS ? !(sms instanceof LoggingSmsGateway) : adapters.containsKey(channel);
	}

	@Override
	public DeliveryResult send(OutboundMessage message) {
		DeliveryResult result;
		try {
			result = route(message);
		}
		catch (RuntimeException failure) {
			log.warn("{} to {} failed in its adapter", message.channel(), masked(message), failure);
			result = DeliveryResult.failed(failure.toString());
		}
		meters.counter("langso.messages", "channel", message.channel().key(), "status",
				result.status().name().toLowerCase(java.util.Locale.ROOT)).increment();
		return result;
	}

	private DeliveryResult route(OutboundMessage message) {
		if (message.channel() == MessageChannel.SMS) {
			return sms.send(message.address(), message.text());
		}
		ChannelAdapter adapter = adapters.get(message.channel());
		if (adapter != null) {
			return adapter.send(message);
		}
		log.info("{} NOT SENT (no {} adapter configured) to {}: {} characters", message.channel(), message.channel().key(),
				masked(message), message.text().length());
		return DeliveryResult.notSent("no " + message.channel().key() + " adapter configured");
	}

	static String masked(OutboundMessage message) {
		return message.channel().byPhone() ? LoggingSmsGateway.mask(message.address()) : maskEmail(message.address());
	}

	static String maskEmail(String address) {
		int at = address.indexOf('@');
		return at < 0 ? "***" : "***" + address.substring(at);
	}

}
