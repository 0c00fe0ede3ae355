package vn.langso.devices;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The periodic checks: devices silent past their heartbeat window go offline (with an alert), and
 * commands still unacknowledged after the timeout are sent again or, after the last attempt, reported
 * failed. Each check can also be run directly with a chosen instant, which is how tests drive it.
 */
@Component
class DeviceWatch {

	private static final Logger log = LoggerFactory.getLogger(DeviceWatch.class);

	/** At most this many commands are retried per check; the rest wait for the next check (every 2 s). */
	static final int RETRY_BATCH = 2_000;

	private final DeviceRepository devices;

	private final DeviceCommandRepository commands;

	private final DeviceAlertRepository alerts;

	private final DeviceInbox inbox;

	private final CommandSender sender;

	private final MqttLink link;

	private final DevicesSettings settings;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	DeviceWatch(DeviceRepository devices, DeviceCommandRepository commands, DeviceAlertRepository alerts,
			DeviceInbox inbox, CommandSender sender, MqttLink link, DevicesSettings settings,
			ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock) {
		this.devices = devices;
		this.commands = commands;
		this.alerts = alerts;
		this.inbox = inbox;
		this.sender = sender;
		this.link = link;
		this.settings = settings;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@SchedulerLock(name = "devices-watch", lockAtMostFor = "PT1M")
	@Scheduled(fixedDelayString = "${langso.devices.check-interval-millis:2000}", initialDelay = 1000)
	void check() {
		try {
			if (!link.connected()) {
				link.connect();
			}
			Instant now = clock.instant();
			markSilentDevicesOffline(now);
			retryUnacknowledged(now);
		}
		catch (RuntimeException failure) {
			log.error("Device check failed", failure);
		}
	}

	int markSilentDevicesOffline(Instant now) {
		Integer count = transaction.execute(status -> {
			int offline = 0;
			for (Device device : devices.onlineAndSilentSince(now.minusSeconds(1))) {
				if (device.silentAt(now) && device.wentOffline()) {
					inbox.offline(device, now, "silent since " + device.view(now).lastSeenAt());
					offline++;
				}
			}
			return offline;
		});
		return count == null ? 0 : count;
	}

	void retryUnacknowledged(Instant now) {
		List<DeviceCommand> due = transaction.execute(status -> {
			List<DeviceCommand> resend = new java.util.ArrayList<>();
			for (DeviceCommand command : commands.dueForRetry(now.minus(settings.ackTimeout()), PageRequest.of(0, RETRY_BATCH))) {
				if (!command.dueForRetry(now, settings.ackTimeout())) {
					continue;
				}
				if (command.attempts() >= settings.maxAttempts()) {
					command.failed(now);
					alerts.save(new DeviceAlert(command.communeId(), command.deviceId(), DeviceAlert.COMMAND_FAILED, now,
							command.type() + " " + command.messageId()));
					events.publishEvent(new CommandFailed(command.communeId(), command.deviceId(), command.messageId(),
							command.type(), command.reference()));
				}
				else {
					command.sent(now);
					resend.add(command);
				}
			}
			return resend;
		});
		if (due == null || due.isEmpty()) {
			return;
		}
		Map<Long, String> codes = devices.findAllById(due.stream().map(DeviceCommand::deviceId).distinct().toList())
			.stream().collect(Collectors.toMap(Device::id, Device::code));
		due.forEach(command -> sender.publish(command, codes.get(command.deviceId())));
	}

}
