package vn.langso.devices;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Device metrics under {@code /actuator/metrics}: {@code langso.mqtt.connections} (the application's
 * MQTT connections, tag {@code state} = connected / total) and {@code langso.devices.command.failures}
 * (commands given up for want of an acknowledgement after the last attempt).
 */
@Component
class DeviceMetrics {

	private final Counter commandFailures;

	DeviceMetrics(MeterRegistry meters, MqttLink link) {
		Gauge.builder("langso.mqtt.connections", link, MqttLink::connectedLanes).tag("state", "connected")
			.description("application connections to the MQTT broker that are up").register(meters);
		Gauge.builder("langso.mqtt.connections", link, MqttLink::laneCount).tag("state", "total")
			.description("application connections to the MQTT broker").register(meters);
		commandFailures = Counter.builder("langso.devices.command.failures")
			.description("device commands failed: no acknowledgement after the last attempt").register(meters);
	}

	/** Counted once the failure is committed (a rolled-back check would fail the command again later). */
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(CommandFailed failed) {
		commandFailures.increment();
	}

}
