package vn.langso.devices;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the app reaches its devices. By default it starts an embedded broker on {@code embeddedPort} and
 * connects to it; with {@code embeddedBroker=false} it connects to an external broker at {@code brokerUrl}
 * (Mosquitto, EMQX). Every topic starts with {@code topicPrefix}.
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
		@DefaultValue("4") int listenerThreads) {

	String topic(String deviceCode, String channel) {
		return topicPrefix + "/" + deviceCode + "/" + channel;
	}

}
