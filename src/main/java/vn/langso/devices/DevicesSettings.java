package vn.langso.devices;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the app reaches its devices. By default it starts an embedded broker on {@code embeddedPort} and
 * connects to it; with {@code embeddedBroker=false} it connects to an external broker at {@code brokerUrl}
 * (Mosquitto, EMQX). Every topic starts with {@code topicPrefix}. Inbound messages are handled in
 * batches of up to {@code inboundBatch}, one database transaction per batch.
 */
@ConfigurationProperties("langso.devices")
record DevicesSettings(
		@DefaultValue("true") boolean embeddedBroker,
		@DefaultValue("1884") int embeddedPort,
		@DefaultValue("tcp://127.0.0.1:1884") String brokerUrl,
		@DefaultValue("") String brokerUsername,
		@DefaultValue("") String brokerPassword,
		@DefaultValue("langso") String topicPrefix,
		@DefaultValue("PT15S") Duration ackTimeout,
		@DefaultValue("3") int maxAttempts,
		@DefaultValue("2000") long checkIntervalMillis,
		@DefaultValue("60000") long lightCheckIntervalMillis,
		@DefaultValue("4") int inboundConnections,
		@DefaultValue("langso") String sharedGroup,
		@DefaultValue("500") int inboundBatch) {

	/**
	 * How many connections receive what devices send. An external broker shares the subscriptions
	 * among them ({@code $share/<sharedGroup>/...}, MQTT shared subscriptions, Mosquitto 1.6+ and EMQX),
	 * so each broker-side client queue holds a part of a burst; the embedded Moquette has no shared
	 * subscriptions, so there it is always one.
	 */
	int lanes() {
		return embeddedBroker ? 1 : Math.max(1, inboundConnections);
	}

	/** The subscription filter for one inbound channel: shared when several connections receive. */
	String subscription(String channel) {
		String filter = topic("+", channel);
		return lanes() > 1 ? "$share/" + sharedGroup + "/" + filter : filter;
	}

	String topic(String deviceCode, String channel) {
		return topicPrefix + "/" + deviceCode + "/" + channel;
	}

}
