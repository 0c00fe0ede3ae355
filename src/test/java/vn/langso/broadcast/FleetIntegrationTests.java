package vn.langso.broadcast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.langso.Espeak;
import vn.langso.IntegrationTest;
import vn.langso.devices.CommandStatus;
import vn.langso.devices.CommandView;
import vn.langso.devices.DeviceForm;
import vn.langso.devices.DeviceKind;
import vn.langso.devices.DeviceStatus;
import vn.langso.devices.Devices;
import vn.langso.devices.LightSchedules;
import vn.langso.devices.RegisteredDevice;
import vn.langso.devices.simulator.DeviceSimulator;
import vn.langso.devices.simulator.SimulatedDevice;
import vn.langso.identity.Areas;
import vn.langso.identity.DemoAreaCodes;

/**
 * The acceptance run: 200 simulated devices on the machine's Mosquitto. An announcement to three
 * villages becomes Vietnamese speech and reaches every targeted loudspeaker, each acknowledging; a
 * hung speaker goes offline within its window and its command is retried, then reported failed; a
 * powered-off one goes offline by its last will; a light schedule switches lights on and off.
 */
@IntegrationTest
class FleetIntegrationTests {

	static final int HEARTBEAT_SECONDS = 6;

	@Autowired
	Devices devices;

	@Autowired
	LightSchedules lights;

	@Autowired
	Announcements announcements;

	@Autowired
	Areas areas;

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Autowired
	io.micrometer.core.instrument.MeterRegistry meters;

	@Test
	void anAnnouncementToThreeVillagesReachesEverySpeakerAndTheLightsFollowTheirSchedule() throws Exception {
		Espeak.assumeInstalled(environment);
		double failuresBefore = meters.get("langso.devices.command.failures").counter().count();
		long commune = areas.byCode(DemoAreaCodes.BINH_HOA).orElseThrow().id();
		List<Long> villages = List.of(village("99001-04"), village("99001-05"), village("99001-06"));
		String run = UUID.randomUUID().toString().substring(0, 6);
		List<SimulatedDevice> simulated = new ArrayList<>();
		List<Long> speakerIds = new ArrayList<>();
		List<Long> lightIds = new ArrayList<>();
		String prefix = devices.topicPrefix();
		for (int i = 0; i < 200; i++) {
			DeviceKind kind = i < 150 ? DeviceKind.LOUDSPEAKER_CLUSTER : i < 180 ? DeviceKind.LED_BOARD : DeviceKind.STREET_LIGHT;
			String code = "FL-" + run + "-" + i;
			RegisteredDevice device = devices.register(commune,
					DeviceForm.of(code, kind, "Thiết bị mô phỏng " + i, villages.get(i % 3), HEARTBEAT_SECONDS));
			simulated.add(new SimulatedDevice(prefix, code, device.secret(), HEARTBEAT_SECONDS));
			(kind == DeviceKind.LOUDSPEAKER_CLUSTER ? speakerIds : kind == DeviceKind.STREET_LIGHT ? lightIds : new ArrayList<Long>())
				.add(device.device().id());
		}
		try (DeviceSimulator simulator = DeviceSimulator.start(devices.brokerUrl(), simulated)) {
			await().atMost(Duration.ofSeconds(60)).until(() -> devices.inCommune(commune).stream()
				.filter(d -> d.code().startsWith("FL-" + run)).allMatch(d -> d.status() == DeviceStatus.ONLINE));

			SimulatedDevice hung = simulated.get(0);
			SimulatedDevice unplugged = simulated.get(1);
			hung.hang();
			unplugged.powerOff();
			await().atMost(Duration.ofSeconds(5)).until(() -> status(commune, speakerIds.get(1)) == DeviceStatus.OFFLINE);
			await().atMost(Duration.ofSeconds(HEARTBEAT_SECONDS + 5)).until(() -> status(commune, speakerIds.get(0)) == DeviceStatus.OFFLINE);

			AnnouncementView announcement = announcements.publish(commune, "Hoàng Văn Tú", new AnnouncementForm(
					"Lịch tiêm chủng tháng 12", "Trạm y tế xã tiêm chủng mở rộng cho trẻ em vào sáng thứ Bảy tại nhà văn hóa.",
					Urgency.NORMAL, EnumSet.of(Channel.LOUDSPEAKER, Channel.LED_BOARD, Channel.PORTAL, Channel.IN_APP),
					villages, null, null, 24), null);
			assertThat(announcement.audioSource()).isEqualTo("TTS");
			HttpResponse<byte[]> audio = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
					URI.create("http://127.0.0.1:" + port + "/media/broadcast/" + announcement.audioFile())).build(),
					HttpResponse.BodyHandlers.ofByteArray());
			assertThat(audio.statusCode()).isEqualTo(200);
			assertThat(new String(audio.body(), 0, 4)).isEqualTo("RIFF");
			assertThat(audio.body().length).isGreaterThan(10_000);

			// the three villages also hold the demo's 12 clusters (4 per xóm), which never come online
			int demoClusters = devices.ofKindIn(commune, DeviceKind.LOUDSPEAKER_CLUSTER, villages).size() - 150;
			await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
				Reach reach = announcements.reach(commune, announcement.id());
				assertThat(reach.speakers().sent()).isEqualTo(150 + demoClusters);
				assertThat(reach.speakers().acknowledged()).isEqualTo(148);
				assertThat(reach.speakers().failed()).isEqualTo(2 + demoClusters);
				assertThat(reach.speakers().devicesPlayed()).isEqualTo(148);
				assertThat(reach.ledBoards().acknowledged()).isEqualTo(30);
			});
			assertThat(devices.commands(commune, AnnouncementDelivery.speakerReference(announcement.id())).stream()
				.filter(c -> speakerIds.subList(2, 150).contains(c.deviceId()))
				.allMatch(c -> c.status() == CommandStatus.ACKNOWLEDGED)).isTrue();
			for (SimulatedDevice speaker : simulated.subList(2, 150)) {
				JsonNode play = speaker.received().getFirst();
				assertThat(play.path("type").asString()).isEqualTo("PLAY");
				assertThat(play.path("args").path("url").asString()).endsWith(announcement.audioFile());
			}
			// the hung speaker heard the command on every attempt and never answered
			assertThat(hung.received()).hasSize(3).extracting(c -> c.path("id").asString()).containsOnly(
					hung.received().getFirst().path("id").asString());
			CommandView failed = devices.recentCommands(commune, speakerIds.get(0)).getFirst();
			assertThat(failed.status()).isEqualTo(CommandStatus.FAILED);
			assertThat(failed.attempts()).isEqualTo(3);
			// and counted in the metric operators alert on
			assertThat(meters.get("langso.devices.command.failures").counter().count()).isGreaterThanOrEqualTo(failuresBefore + 1);
			assertThat(devices.alerts(commune)).anySatisfy(a -> {
				assertThat(a.deviceId()).isEqualTo(speakerIds.get(0));
				assertThat(a.kind()).isEqualTo("COMMAND_FAILED");
			});
			assertThat(devices.alerts(commune)).anySatisfy(a -> {
				assertThat(a.deviceId()).isEqualTo(speakerIds.get(0));
				assertThat(a.kind()).isEqualTo("OFFLINE");
			});

			// street lights: on in the evening, off at dawn
			for (Long light : lightIds) {
				lights.set(commune, light, LocalTime.of(18, 0), LocalTime.of(5, 30));
			}
			ZoneId zone = ZoneId.of("Asia/Ho_Chi_Minh");
			LocalDate today = LocalDate.now(zone);
			List<SimulatedDevice> lightDevices = simulated.subList(180, 200);
			assertThat(lights.runDue(today.atTime(18, 1).atZone(zone))).isGreaterThanOrEqualTo(20);
			await().atMost(Duration.ofSeconds(20)).until(() -> lightDevices.stream().allMatch(SimulatedDevice::lightOn));
			assertThat(lights.runDue(today.atTime(18, 2).atZone(zone))).isZero();
			assertThat(lights.runDue(today.plusDays(1).atTime(5, 31).atZone(zone))).isGreaterThanOrEqualTo(20);
			await().atMost(Duration.ofSeconds(20)).until(() -> lightDevices.stream().noneMatch(SimulatedDevice::lightOn));
		}
	}

	private DeviceStatus status(long commune, long id) {
		return devices.device(commune, id).status();
	}

	private long village(String code) {
		return areas.byCode(code).orElseThrow().id();
	}

}
