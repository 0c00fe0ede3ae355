package vn.langso.devices;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.langso.IntegrationTest;
import vn.langso.identity.Areas;
import vn.langso.identity.DemoAreaCodes;

/**
 * A batch of inbound messages is handled in one transaction, yet judged message by message: the good
 * ones are recorded, replays within the batch and garbage are refused and logged with their reason.
 */
@IntegrationTest
class DeviceInboxBatchIntegrationTests {

	@Autowired
	Devices devices;

	@Autowired
	DeviceInbox inbox;

	@Autowired
	DevicesSettings settings;

	@Autowired
	Areas areas;

	@Autowired
	RejectedMessageRepository rejected;

	@Test
	void aBatchRecordsEveryGoodMessageAndRefusesTheRestOneByOne() {
		long commune = areas.byCode(DemoAreaCodes.BINH_HOA).orElseThrow().id();
		long village = areas.byCode(DemoAreaCodes.BINH_HOA_XOM_3).orElseThrow().id();
		String reference = "batch-" + UUID.randomUUID();
		List<String> codes = new ArrayList<>();
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			String code = "BATCH-" + UUID.randomUUID().toString().substring(0, 8);
			codes.add(code);
			ids.add(devices.register(commune, DeviceForm.of(code, DeviceKind.LOUDSPEAKER_CLUSTER, "Loa lô " + i, village, 60))
				.device().id());
		}
		List<CommandView> sent = devices.send(commune, ids, CommandType.PLAY, Map.of("url", "/media/x.wav"), reference, false);
		String first = sent.get(0).messageId();
		String second = sent.get(1).messageId();
		long now = Instant.now().getEpochSecond();

		List<DeviceInbox.Inbound> batch = List.of(
				message(codes.get(0), "ack", "{\"id\":\"" + first + "\",\"ok\":true}"),
				message(codes.get(1), "ack", "{\"id\":\"" + second + "\",\"ok\":false,\"detail\":\"busy\"}"),
				// the same acknowledgement twice in one batch: the second is a replay
				message(codes.get(0), "ack", "{\"id\":\"" + first + "\",\"ok\":true}"),
				// device 2 answers device 0's command: not its own
				message(codes.get(2), "ack", "{\"id\":\"" + first + "\",\"ok\":true}"),
				message(codes.get(2), "heartbeat", "{not json"),
				message("NOBODY-" + codes.get(2), "heartbeat", "{\"ts\":1}"),
				message(codes.get(0), "playback", "{\"id\":\"" + first + "\",\"startedAt\":" + now + ",\"durationSeconds\":9}"),
				message(codes.get(0), "playback", "{\"id\":\"" + first + "\",\"startedAt\":" + now + "}"),
				message(codes.get(2), "heartbeat", "{\"firmware\":\"lô-1.0\"}"));
		inbox.handleAll(batch);

		CommandSummary summary = devices.summary(commune, reference);
		assertThat(summary.acknowledged()).isEqualTo(1);
		assertThat(summary.refused()).isEqualTo(1);
		assertThat(summary.pending()).isEqualTo(1);
		assertThat(summary.devicesPlayed()).isEqualTo(1);
		assertThat(devices.device(commune, ids.get(2)).firmware()).isEqualTo("lô-1.0");
		assertThat(reasons(codes.get(0))).containsExactlyInAnyOrder("REPLAYED", "REPLAYED");
		assertThat(reasons(codes.get(2))).containsExactlyInAnyOrder("UNKNOWN_COMMAND", "MALFORMED", "UNKNOWN_DEVICE");
	}

	private DeviceInbox.Inbound message(String code, String channel, String payload) {
		return new DeviceInbox.Inbound(settings.topic(code, channel), payload.getBytes(StandardCharsets.UTF_8));
	}

	private List<String> reasons(String code) {
		return rejected.findAll().stream().map(RejectedMessage::view)
			.filter(r -> r.topic().contains(code))
			.map(RejectedMessageView::reason)
			.toList();
	}

}
