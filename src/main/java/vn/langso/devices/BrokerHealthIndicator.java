package vn.langso.devices;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;
import vn.langso.shared.SideSystemHealth;

/** The {@code broker} health component: UP while every application connection to the MQTT broker is up. */
@Component
class BrokerHealthIndicator implements HealthIndicator {

	private final MqttLink link;

	private final DevicesSettings settings;

	BrokerHealthIndicator(MqttLink link, DevicesSettings settings) {
		this.link = link;
		this.settings = settings;
	}

	@Override
	public Health health() {
		int lanes = link.laneCount();
		long connected = link.connectedLanes();
		Health.Builder health = lanes > 0 && connected == lanes ? Health.up() : Health.status(SideSystemHealth.DEGRADED);
		return health.withDetail("connections", lanes)
			.withDetail("connected", connected)
			.withDetail("embedded", settings.embeddedBroker())
			.build();
	}

}
