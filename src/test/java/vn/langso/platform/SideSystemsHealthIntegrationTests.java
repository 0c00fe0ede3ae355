package vn.langso.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.micrometer.metrics.actuate.endpoint.MetricsEndpoint;
import org.springframework.test.web.servlet.MockMvc;
import vn.langso.IntegrationTest;

/**
 * The root health stays what load balancers read; the broker and text-to-speech are components of the
 * public side-systems group; the outbox backlog, MQTT connections, command failures and message results
 * are metrics of the actuator's metrics endpoint.
 */
@IntegrationTest
class SideSystemsHealthIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MetricsEndpoint metrics;

	@Test
	void theBrokerAndSpeechAreHealthComponentsOfTheSideSystemsGroupAndTheRootStaysUp() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
		boolean espeak = Files.isExecutable(Path.of("/usr/bin/espeak-ng"));
		mvc.perform(get("/actuator/health/side-systems"))
			.andExpect(status().is(espeak ? 200 : 503))
			.andExpect(jsonPath("$.status").value(espeak ? "UP" : "DEGRADED"))
			// the demo's embedded broker is up and the application connected to it
			.andExpect(jsonPath("$.components.broker.status").value("UP"))
			.andExpect(jsonPath("$.components.tts.status").value(espeak ? "UP" : "DEGRADED"));
	}

	@Test
	void outboxBacklogMqttConnectionsCommandFailuresAndMessagesAreMetrics() {
		assertThat(metrics.metric("langso.outbox.backlog", null).getMeasurements().getFirst().getValue()).isNotNegative();
		// one connection to the embedded broker, several sharing a subscription on Mosquitto: all of them connected
		double connected = metrics.metric("langso.mqtt.connections", java.util.List.of("state:connected")).getMeasurements()
			.getFirst().getValue();
		double total = metrics.metric("langso.mqtt.connections", java.util.List.of("state:total")).getMeasurements().getFirst()
			.getValue();
		assertThat(total).isGreaterThanOrEqualTo(1.0);
		assertThat(connected).isEqualTo(total);
		assertThat(metrics.metric("langso.devices.command.failures", null)).isNotNull();
	}

}
