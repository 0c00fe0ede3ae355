package vn.langso.devices;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Everything devices send, checked before it touches a record: the topic must be one of ours, the
 * device known, the payload a JSON object of the documented shape, an acknowledgement must answer a
 * live command of that very device. Anything else is refused and logged; nothing here throws.
 * Messages come one at a time ({@link #handle}) or in batches ({@link #handleAll}): a batch is read
 * with three queries (its devices, its commands, its playback reports) and written in one transaction.
 */
@Component
class DeviceInbox {

	static final int MAX_PAYLOAD = 8 * 1024;

	private static final Pattern MESSAGE_ID = Pattern.compile("^[0-9a-f-]{36}$");

	private static final Logger log = LoggerFactory.getLogger(DeviceInbox.class);

	private final DevicesSettings settings;

	private final DeviceRepository devices;

	private final DeviceCommandRepository commands;

	private final PlaybackRepository playbacks;

	private final RejectedMessageRepository rejected;

	private final DeviceAlertRepository alerts;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final TransactionTemplate separateTransaction;

	private final Clock clock;

	private final JsonMapper json = JsonMapper.builder().build();

	DeviceInbox(DevicesSettings settings, DeviceRepository devices, DeviceCommandRepository commands,
			PlaybackRepository playbacks, RejectedMessageRepository rejected, DeviceAlertRepository alerts,
			ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock) {
		this.settings = settings;
		this.devices = devices;
		this.commands = commands;
		this.playbacks = playbacks;
		this.rejected = rejected;
		this.alerts = alerts;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		this.separateTransaction = new TransactionTemplate(transactions);
		this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/** One message as it arrived from the broker. */
	record Inbound(String topic, byte[] payload) {
	}

	/**
	 * Handles a batch in one transaction; each refused message is logged and skipped without affecting
	 * the others. If the batch fails as a whole (a database error), its messages are handled one by one,
	 * so only the culprit is lost.
	 */
	void handleAll(List<Inbound> batch) {
		if (batch.size() == 1) {
			handle(batch.getFirst().topic(), batch.getFirst().payload());
			return;
		}
		Instant now = clock.instant();
		List<Map.Entry<Inbound, String>> refusals = new ArrayList<>();
		try {
			transaction.executeWithoutResult(status -> {
				refusals.clear();
				Lookup lookup = prefetch(batch);
				for (Inbound message : batch) {
					try {
						dispatch(message.topic(), message.payload(), now, lookup);
					}
					catch (Refused refused) {
						refusals.add(Map.entry(message, refused.reason));
					}
				}
			});
		}
		catch (RuntimeException failure) {
			log.warn("MQTT batch of {} failed; handling its messages one by one", batch.size(), failure);
			batch.forEach(message -> handle(message.topic(), message.payload()));
			return;
		}
		refusals.forEach(refusal -> reject(refusal.getKey().topic(), refusal.getValue(), refusal.getKey().payload(), now));
	}

	/** Reads every device, command and playback report the batch names, in three queries. */
	private Lookup prefetch(List<Inbound> batch) {
		Set<String> codes = new HashSet<>();
		Set<String> messageIds = new HashSet<>();
		Set<String> playbackIds = new HashSet<>();
		for (Inbound message : batch) {
			String[] parts = topicParts(message.topic());
			if (parts == null) {
				continue;
			}
			codes.add(parts[0]);
			if ("ack".equals(parts[1]) || "playback".equals(parts[1])) {
				try {
					JsonNode id = parse(message.payload()).get("id");
					if (id != null && id.isString() && MESSAGE_ID.matcher(id.asString()).matches()) {
						messageIds.add(id.asString());
						if ("playback".equals(parts[1])) {
							playbackIds.add(id.asString());
						}
					}
				}
				catch (Refused malformed) {
					// refused again, with its reason, when the message itself is handled
				}
			}
		}
		Map<String, Device> byCode = codes.isEmpty() ? Map.of()
				: devices.findByCodeIn(codes).stream().collect(Collectors.toMap(Device::code, Function.identity()));
		Map<String, DeviceCommand> byMessageId = messageIds.isEmpty() ? Map.of()
				: commands.findByMessageIdIn(messageIds).stream()
					.collect(Collectors.toMap(DeviceCommand::messageId, Function.identity()));
		Set<String> played = new HashSet<>();
		if (!playbackIds.isEmpty()) {
			playbacks.findByMessageIdIn(playbackIds).forEach(p -> played.add(p.deviceId() + ":" + p.messageId()));
		}
		return new Lookup() {

			@Override
			public Optional<Device> device(String code) {
				return Optional.ofNullable(byCode.get(code));
			}

			@Override
			public Optional<DeviceCommand> command(String messageId) {
				return Optional.ofNullable(byMessageId.get(messageId));
			}

			@Override
			public boolean played(long deviceId, String messageId) {
				return played.contains(deviceId + ":" + messageId);
			}

			@Override
			public void save(Playback playback) {
				played.add(playback.deviceId() + ":" + playback.messageId());
				playbacks.save(playback);
			}

		};
	}

	/** Where the handling of a message finds records: the repositories, or what a batch read up front. */
	private interface Lookup {

		Optional<Device> device(String code);

		Optional<DeviceCommand> command(String messageId);

		boolean played(long deviceId, String messageId);

		void save(Playback playback);

	}

	private final Lookup direct = new Lookup() {

		@Override
		public Optional<Device> device(String code) {
			return devices.findByCode(code);
		}

		@Override
		public Optional<DeviceCommand> command(String messageId) {
			return commands.findByMessageId(messageId);
		}

		@Override
		public boolean played(long deviceId, String messageId) {
			return playbacks.existsByDeviceIdAndMessageId(deviceId, messageId);
		}

		@Override
		public void save(Playback playback) {
			playbacks.save(playback);
		}

	};

	/** Handles one message; returns the refusal reason, or empty when it was accepted. */
	Optional<String> handle(String topic, byte[] payload) {
		Instant now = clock.instant();
		try {
			transaction.executeWithoutResult(status -> dispatch(topic, payload, now, direct));
			return Optional.empty();
		}
		catch (Refused refused) {
			reject(topic, refused.reason, payload, now);
			return Optional.of(refused.reason);
		}
		catch (RuntimeException unexpected) {
			log.error("MQTT message on {} failed", topic, unexpected);
			reject(topic, "ERROR", payload, now);
			return Optional.of("ERROR");
		}
	}

	/** The device code and channel of one of our topics, or null. */
	private String[] topicParts(String topic) {
		String prefix = settings.topicPrefix() + "/";
		if (topic == null || !topic.startsWith(prefix)) {
			return null;
		}
		String[] parts = topic.substring(prefix.length()).split("/", -1);
		return parts.length == 2 ? parts : null;
	}

	private void dispatch(String topic, byte[] payload, Instant now, Lookup lookup) {
		String[] parts = topicParts(topic);
		if (parts == null) {
			throw new Refused("UNKNOWN_TOPIC");
		}
		Device device = lookup.device(parts[0]).orElseThrow(() -> new Refused("UNKNOWN_DEVICE"));
		JsonNode body = parse(payload);
		switch (parts[1]) {
			case "heartbeat" -> heartbeat(device, body, now);
			case "status" -> status(device, body, now);
			case "ack" -> acknowledgement(device, body, now, lookup);
			case "playback" -> playback(device, body, now, lookup);
			default -> throw new Refused("UNKNOWN_TOPIC");
		}
	}

	private JsonNode parse(byte[] payload) {
		if (payload == null || payload.length == 0 || payload.length > MAX_PAYLOAD) {
			throw new Refused(payload != null && payload.length > MAX_PAYLOAD ? "TOO_LARGE" : "MALFORMED");
		}
		try {
			JsonNode node = json.readTree(payload);
			if (node == null || !node.isObject()) {
				throw new Refused("MALFORMED");
			}
			return node;
		}
		catch (JacksonException notJson) {
			throw new Refused("MALFORMED");
		}
	}

	private void heartbeat(Device device, JsonNode body, Instant now) {
		JsonNode firmware = body.get("firmware");
		if (firmware != null && !firmware.isString()) {
			throw new Refused("MALFORMED");
		}
		device.heardFrom(now, firmware == null ? null : firmware.asString());
	}

	private void status(Device device, JsonNode body, Instant now) {
		String state = text(body, "state");
		if ("offline".equals(state)) {
			if (device.wentOffline()) {
				offline(device, now, "last will");
			}
		}
		else if ("online".equals(state)) {
			Instant at = body.has("ts") ? Instant.ofEpochSecond(number(body, "ts")) : now;
			// a retained "online" from long ago must not bring a dead device back
			if (at.plusSeconds(device.heartbeatSeconds()).isBefore(now)) {
				throw new Refused("STALE");
			}
			device.heardFrom(now, body.has("firmware") ? text(body, "firmware") : null);
		}
		else {
			throw new Refused("MALFORMED");
		}
	}

	private void acknowledgement(Device device, JsonNode body, Instant now, Lookup lookup) {
		DeviceCommand command = commandOf(device, text(body, "id"), lookup);
		JsonNode ok = body.get("ok");
		if (ok == null || !ok.isBoolean()) {
			throw new Refused("MALFORMED");
		}
		String detail = body.has("detail") ? text(body, "detail") : null;
		if (!command.answered(ok.booleanValue(), detail, now)) {
			throw new Refused("REPLAYED");
		}
		device.heardFrom(now, null);
	}

	private void playback(Device device, JsonNode body, Instant now, Lookup lookup) {
		DeviceCommand command = commandOf(device, text(body, "id"), lookup);
		if (lookup.played(device.id(), command.messageId())) {
			throw new Refused("REPLAYED");
		}
		Instant started = body.has("startedAt") ? Instant.ofEpochSecond(number(body, "startedAt")) : now;
		Integer duration = body.has("durationSeconds") ? (int) Math.min(Integer.MAX_VALUE, number(body, "durationSeconds")) : null;
		lookup.save(new Playback(device.communeId(), device.id(), command.messageId(), command.reference(), started,
				duration, now));
		device.heardFrom(now, null);
	}

	private DeviceCommand commandOf(Device device, String messageId, Lookup lookup) {
		if (!MESSAGE_ID.matcher(messageId).matches()) {
			throw new Refused("MALFORMED");
		}
		return lookup.command(messageId)
			.filter(command -> command.deviceId() == device.id())
			.orElseThrow(() -> new Refused("UNKNOWN_COMMAND"));
	}

	void offline(Device device, Instant now, String why) {
		alerts.save(new DeviceAlert(device.communeId(), device.id(), DeviceAlert.OFFLINE, now, why));
		events.publishEvent(new DeviceWentOffline(device.communeId(), device.id(), device.code(), device.kind()));
		log.warn("Device {} offline ({})", device.code(), why);
	}

	private static String text(JsonNode body, String field) {
		JsonNode node = body.get(field);
		if (node == null || !node.isString() || node.asString().length() > 200) {
			throw new Refused("MALFORMED");
		}
		return node.asString();
	}

	private static long number(JsonNode body, String field) {
		JsonNode node = body.get(field);
		if (node == null || !node.canConvertToLong() || !node.isIntegralNumber() || node.longValue() < 0
				|| node.longValue() > 32_503_680_000L) {
			throw new Refused("MALFORMED");
		}
		return node.longValue();
	}

	private void reject(String topic, String reason, byte[] payload, Instant now) {
		String text = payload == null ? null : new String(payload, 0, Math.min(payload.length, 1000), StandardCharsets.UTF_8).replace((char) 0, '?');
		log.warn("MQTT message refused ({}) on {}", reason, topic);
		try {
			separateTransaction.executeWithoutResult(status -> rejected.save(new RejectedMessage(now, topic, reason, text)));
		}
		catch (RuntimeException storeFailed) {
			log.error("Could not log refused MQTT message", storeFailed);
		}
	}

	private static final class Refused extends RuntimeException {

		private final String reason;

		Refused(String reason) {
			super(reason, null, false, false);
			this.reason = reason;
		}

	}

}
