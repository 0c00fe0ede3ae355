package vn.langso.devices;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.json.JsonMapper;
import vn.langso.shared.ConflictException;
import vn.langso.shared.InvalidInputException;
import vn.langso.shared.NotFoundException;

/**
 * The devices module's entry: the registry, commands to devices, and what came back (acknowledgements,
 * playback log, alerts). Callers pass the commune they work on; every query is scoped by it.
 */
@Service
public class Devices {

	private final DeviceRepository devices;

	private final DeviceCommandRepository commands;

	private final PlaybackRepository playbacks;

	private final DeviceAlertRepository alerts;

	private final RejectedMessageRepository rejected;

	private final CommandSender sender;

	private final DevicesSettings settings;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final JsonMapper json = JsonMapper.builder().build();

	private static final int INSERT_BATCH = 1000;

	private final JdbcTemplate jdbc;

	Devices(DeviceRepository devices, DeviceCommandRepository commands, PlaybackRepository playbacks,
			DeviceAlertRepository alerts, RejectedMessageRepository rejected, CommandSender sender,
			DevicesSettings settings, PlatformTransactionManager transactions, Clock clock, JdbcTemplate jdbc) {
		this.settings = settings;
		this.jdbc = jdbc;
		this.devices = devices;
		this.commands = commands;
		this.playbacks = playbacks;
		this.alerts = alerts;
		this.rejected = rejected;
		this.sender = sender;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/** The first segment of every device topic, for simulators and gateways (docs/mqtt-protocol.md). */
	public String topicPrefix() {
		return settings.topicPrefix();
	}

	/** The broker devices connect to (the embedded one's actual port, or the external broker), for simulators. */
	public String brokerUrl() {
		return sender.brokerUrl();
	}

	/** Registers a device and returns its secret, shown once. The village must be checked by the caller. */
	@Transactional
	public RegisteredDevice register(long communeId, DeviceForm form) {
		if (devices.existsByCode(form.code())) {
			throw new ConflictException("devices.error.codeTaken");
		}
		String secret = Secrets.newSecret();
		Device device = new Device(communeId, form.villageId(), form.code(), form.kind(), form.name(),
				Secrets.hash(secret), form.heartbeatSeconds(), clock.instant());
		device.describe(form);
		devices.save(device);
		return new RegisteredDevice(device.view(clock.instant()), secret);
	}

	@Transactional
	public DeviceView describe(long communeId, long deviceId, DeviceForm form) {
		Device device = owned(communeId, deviceId);
		device.describe(form);
		return device.view(clock.instant());
	}

	/** A new secret for a device whose old one leaked; the old one stops working at the next connection. */
	@Transactional
	public String newSecret(long communeId, long deviceId) {
		String secret = Secrets.newSecret();
		owned(communeId, deviceId).changeSecret(Secrets.hash(secret));
		return secret;
	}

	@Transactional(readOnly = true)
	public List<DeviceView> inCommune(long communeId) {
		return views(devices.findByCommuneIdOrderByVillageIdAscKindAscCodeAsc(communeId));
	}

	@Transactional(readOnly = true)
	public DeviceView device(long communeId, long deviceId) {
		return owned(communeId, deviceId).view(clock.instant());
	}

	@Transactional(readOnly = true)
	public List<DeviceView> ofKind(long communeId, DeviceKind kind) {
		return views(devices.findByCommuneIdAndKindOrderByName(communeId, kind));
	}

	@Transactional(readOnly = true)
	public List<DeviceView> ofKindIn(long communeId, DeviceKind kind, Collection<Long> villageIds) {
		if (villageIds.isEmpty()) {
			return List.of();
		}
		return views(devices.findByCommuneIdAndKindAndVillageIdIn(communeId, kind, villageIds));
	}

	/** The cameras the commune opted in to show residents. */
	@Transactional(readOnly = true)
	public List<DeviceView> publicCameras(long communeId) {
		return views(devices.findByCommuneIdAndKindAndPublicCameraTrueOrderByName(communeId, DeviceKind.CAMERA));
	}

	@Transactional(readOnly = true)
	public Map<DeviceStatus, Long> statusCounts(long communeId) {
		Map<DeviceStatus, Long> counts = new EnumMap<>(DeviceStatus.class);
		for (DeviceStatus status : DeviceStatus.values()) {
			counts.put(status, devices.countByCommuneIdAndStatus(communeId, status));
		}
		return counts;
	}

	/**
	 * Sends one command to each device (all of the commune, each understanding the command) and
	 * returns them as recorded. The records are committed before anything is published, so an
	 * acknowledgement can never arrive for a command the database does not know yet.
	 */
	public List<CommandView> send(long communeId, Collection<Long> deviceIds, CommandType type,
			Map<String, ?> arguments, String reference, boolean priority) {
		String args = json.writeValueAsString(arguments == null ? Map.of() : arguments);
		if (args.length() > 2000) {
			throw new InvalidInputException("devices.error.argumentsTooLong");
		}
		List<DeviceCommand> created = transaction.execute(status -> {
			Instant now = clock.instant();
			List<DeviceCommand> list = new ArrayList<>();
			for (Device device : devices.findAllById(deviceIds)) {
				if (device.communeId() != communeId) {
					throw new NotFoundException("device " + device.id());
				}
				if (!device.kind().understands(type)) {
					throw new InvalidInputException("devices.error.commandNotUnderstood");
				}
				DeviceCommand command = new DeviceCommand(communeId, device.id(), type, args, reference, priority, now);
				command.sent(now);
				list.add(command);
			}
			return insertAll(list);
		});
		Map<Long, String> codes = codesOf(created.stream().map(DeviceCommand::deviceId).toList());
		created.forEach(command -> sender.publish(command, codes.get(command.deviceId())));
		return created.stream().map(DeviceCommand::view).toList();
	}

	/**
	 * Writes new commands as JDBC batches (the identity key keeps Hibernate from batching inserts: one
	 * round trip per row made a fan-out to 1,000 speakers spend a second here) and reads them back.
	 */
	private List<DeviceCommand> insertAll(List<DeviceCommand> list) {
		for (int from = 0; from < list.size(); from += INSERT_BATCH) {
			List<DeviceCommand> chunk = list.subList(from, Math.min(list.size(), from + INSERT_BATCH));
			jdbc.batchUpdate("""
					insert into devices_command (message_id, commune_id, device_id, type, arguments, reference, priority,
					    status, attempts, created_at, last_sent_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", chunk, chunk.size(), (statement, command) -> {
				statement.setString(1, command.messageId());
				statement.setLong(2, command.communeId());
				statement.setLong(3, command.deviceId());
				statement.setString(4, command.type().name());
				statement.setString(5, command.arguments());
				statement.setString(6, command.reference());
				statement.setBoolean(7, command.priority());
				statement.setString(8, command.status().name());
				statement.setInt(9, command.attempts());
				statement.setObject(10, OffsetDateTime.ofInstant(command.createdAt(), ZoneOffset.UTC));
				statement.setObject(11, OffsetDateTime.ofInstant(command.lastSentAt(), ZoneOffset.UTC));
			});
		}
		List<DeviceCommand> saved = new ArrayList<>(list.size());
		for (int from = 0; from < list.size(); from += INSERT_BATCH) {
			saved.addAll(commands.findByMessageIdIn(list.subList(from, Math.min(list.size(), from + INSERT_BATCH)).stream()
				.map(DeviceCommand::messageId).toList()));
		}
		saved.sort(Comparator.comparing(DeviceCommand::id));
		return saved;
	}

	@Transactional(readOnly = true)
	public CommandSummary summary(long communeId, String reference) {
		Map<CommandStatus, Long> counts = new EnumMap<>(CommandStatus.class);
		for (Object[] row : commands.countByStatus(communeId, reference)) {
			counts.put((CommandStatus) row[0], (Long) row[1]);
		}
		long total = counts.values().stream().mapToLong(Long::longValue).sum();
		return new CommandSummary(total, counts.getOrDefault(CommandStatus.ACKNOWLEDGED, 0L),
				counts.getOrDefault(CommandStatus.REFUSED, 0L), counts.getOrDefault(CommandStatus.FAILED, 0L),
				counts.getOrDefault(CommandStatus.SENT, 0L), playbacks.countDevices(communeId, reference));
	}

	@Transactional(readOnly = true)
	public List<CommandView> commands(long communeId, String reference) {
		return commands.findByCommuneIdAndReferenceOrderById(communeId, reference).stream().map(DeviceCommand::view).toList();
	}

	@Transactional(readOnly = true)
	public List<CommandView> recentCommands(long communeId, long deviceId) {
		owned(communeId, deviceId);
		return commands.findTop50ByDeviceIdOrderByIdDesc(deviceId).stream().map(DeviceCommand::view).toList();
	}

	@Transactional(readOnly = true)
	public List<PlaybackView> playbackLog(long communeId) {
		List<Playback> list = playbacks.findTop200ByCommuneIdOrderByStartedAtDesc(communeId);
		Map<Long, String> names = namesOf(list.stream().map(Playback::deviceId).toList());
		return list.stream().map(p -> p.view(names.get(p.deviceId()))).toList();
	}

	@Transactional(readOnly = true)
	public List<DeviceAlertView> alerts(long communeId) {
		List<DeviceAlert> list = alerts.findTop50ByCommuneIdOrderByRaisedAtDesc(communeId);
		Map<Long, String> names = namesOf(list.stream().map(DeviceAlert::deviceId).toList());
		return list.stream().map(a -> a.view(names.get(a.deviceId()))).toList();
	}

	/** Refused MQTT messages (not tied to a commune: an unknown device has none). For administrators. */
	@Transactional(readOnly = true)
	public List<RejectedMessageView> rejectedMessages() {
		return rejected.findTop100ByOrderByIdDesc().stream().map(RejectedMessage::view).toList();
	}

	private Device owned(long communeId, long deviceId) {
		return devices.findById(deviceId).filter(d -> d.communeId() == communeId)
			.orElseThrow(() -> new NotFoundException("device " + deviceId));
	}

	private List<DeviceView> views(List<Device> list) {
		Instant now = clock.instant();
		return list.stream().map(d -> d.view(now)).toList();
	}

	private Map<Long, String> namesOf(Collection<Long> ids) {
		return devices.findAllById(ids.stream().distinct().toList()).stream()
			.collect(Collectors.toMap(Device::id, Device::name, (a, b) -> a, LinkedHashMap::new));
	}

	private Map<Long, String> codesOf(Collection<Long> ids) {
		return devices.findAllById(ids.stream().distinct().toList()).stream()
			.collect(Collectors.toMap(Device::id, Device::code, (a, b) -> a));
	}

}
