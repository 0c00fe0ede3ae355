package vn.langso.devices;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import vn.langso.shared.SideSystemHealth;

/** Without a connection to the broker the broker component is DEGRADED (the site still serves), not UP. */
class BrokerHealthIndicatorTests {

	@Test
	void noConnectionToTheBrokerIsDegraded() {
		DevicesSettings settings = new DevicesSettings(false, 0, "tcp://127.0.0.1:1", "", "", "langso", Duration.ofSeconds(5), 3,
				1000, 60000, 1, "langso", 100);
		MqttLink link = new MqttLink(settings, null, null);
		BrokerHealthIndicator indicator = new BrokerHealthIndicator(link, settings);
		assertThat(indicator.health().getStatus()).isEqualTo(SideSystemHealth.DEGRADED);
		assertThat(indicator.health().getDetails()).containsEntry("connections", 0).containsEntry("connected", 0L);
	}

}
