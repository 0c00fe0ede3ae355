package vn.langso.devices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.langso.IntegrationTest;
import vn.langso.identity.Areas;
import vn.langso.identity.DemoAreaCodes;

/**
 * Debian's mosquitto_sub and mosquitto_pub play the device (a client nobody here wrote): the app
 * must understand them through the machine's Mosquitto, and refuse what a broken or hostile client sends.
 */
@IntegrationTest
class MosquittoClientIntegrationTests {

	@Autowired
	Devices devices;

	@Autowired
	DevicesSettings settings;

	@Autowired
	Areas areas;

	@Autowired
	DeviceRepository repository;

	@org.springframework.beans.factory.annotation.Value("${langso.test.mqtt-port}")
	int mqttPort;

	@Autowired
	RejectedMessageRepository rejected;

	@BeforeAll
	static void needsMosquittoClients() {
		Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/mosquitto_pub")),
				"mosquitto-clients not installed (apt-get install mosquitto-clients)");
		// the point is two programs nobody here wrote, client and broker: it runs against Mosquitto (CI)
		Assumptions.assumeTrue("mosquitto".equals(System.getenv("LANGSO_TEST_MQTT")),
				"runs against the machine's Mosquitto only: set LANGSO_TEST_MQTT=mosquitto (as .ci/run does)");
	}

	@Test
	void aMosquittoClientActsAsALoudspeakerFromHeartbeatToAcknowledgement() throws Exception {
		long commune = areas.byCode(DemoAreaCodes.BINH_HOA).orElseThrow().id();
		long village = areas.byCode(DemoAreaCodes.BINH_HOA_XOM_3).orElseThrow().id();
		String code = "MQ-" + UUID.randomUUID().toString().substring(0, 8);
		RegisteredDevice device = devices.register(commune,
				DeviceForm.of(code, DeviceKind.LOUDSPEAKER_CLUSTER, "Loa thử mosquitto", village, 30));

		pub(code, "heartbeat", "{\"ts\":" + Instant.now().getEpochSecond() + ",\"firmware\":\"mosq-2.0\"}", device.secret());
		await().atMost(Duration.ofSeconds(10)).until(() -> devices.device(commune, device.device().id()).status() == DeviceStatus.ONLINE);
		assertThat(devices.device(commune, device.device().id()).firmware()).isEqualTo("mosq-2.0");

		// -C 1: print the first command and exit; should it be published before the subscription
		// stands, the app's retry (same id) arrives a moment later
		Process sub = new ProcessBuilder("mosquitto_sub", "-h", "127.0.0.1", "-p", String.valueOf(mqttPort), "-q", "1", "-C", "1", "-W", "30",
				"-u", code, "-P", device.secret(), "-t", settings.topic(code, "cmd")).redirectErrorStream(true).start();
		Thread.sleep(300);
		List<CommandView> sent = devices.send(commune, List.of(device.device().id()), CommandType.PLAY,
				Map.of("url", "/media/x.wav"), "mosquitto-test", false);
		assertThat(sub.waitFor(35, TimeUnit.SECONDS)).isTrue();
		String json = new String(sub.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
		JsonNode command = JsonMapper.builder().build().readTree(json);
		assertThat(command.path("id").asString()).isEqualTo(sent.getFirst().messageId());
		assertThat(command.path("type").asString()).isEqualTo("PLAY");
		assertThat(command.path("args").path("url").asString()).isEqualTo("/media/x.wav");

		String ack = "{\"id\":\"" + sent.getFirst().messageId() + "\",\"ok\":true}";
		pub(code, "ack", ack, device.secret());
		await().atMost(Duration.ofSeconds(10))
			.until(() -> devices.summary(commune, "mosquitto-test").acknowledged() == 1);

		// the same acknowledgement again is a replay: refused, logged, nothing counted twice
		pub(code, "ack", ack, device.secret());
		// garbage, an unknown device, a foreign command id: refused and logged
		pub(code, "heartbeat", "{not json", device.secret());
		pub(code, "ack", "[1,2,3]", device.secret());
		pub("NOBODY-" + code, "heartbeat", "{\"ts\":1}", "x");
		pub(code, "ack", "{\"id\":\"" + UUID.randomUUID() + "\",\"ok\":true}", device.secret());
		pub(code, "ack", "{\"id\":\"" + sent.getFirst().messageId() + "\",\"ok\":\"yes\"}", device.secret());
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(reasons(code))
			.contains("REPLAYED", "MALFORMED", "UNKNOWN_DEVICE", "UNKNOWN_COMMAND"));
		assertThat(devices.summary(commune, "mosquitto-test").acknowledged()).isEqualTo(1);

		// the listener survived all of it
		pub(code, "playback", "{\"id\":\"" + sent.getFirst().messageId() + "\",\"startedAt\":"
				+ Instant.now().getEpochSecond() + ",\"durationSeconds\":12}", device.secret());
		await().atMost(Duration.ofSeconds(10)).until(() -> devices.summary(commune, "mosquitto-test").devicesPlayed() == 1);
	}

	private List<String> reasons(String code) {
		return rejected.findAll().stream().map(RejectedMessage::view)
			.filter(r -> r.topic().contains(code))
			.map(RejectedMessageView::reason)
			.toList();
	}

	private void pub(String code, String channel, String payload, String secret) throws Exception {
		Process pub = new ProcessBuilder("mosquitto_pub", "-h", "127.0.0.1", "-p", String.valueOf(mqttPort), "-q", "1", "-u", code, "-P", secret,
				"-t", settings.topic(code, channel), "-m", payload).redirectErrorStream(true).start();
		assertThat(pub.waitFor(10, TimeUnit.SECONDS)).isTrue();
		assertThat(pub.exitValue()).as(new String(pub.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isZero();
	}

}
