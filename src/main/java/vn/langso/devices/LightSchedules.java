package vn.langso.devices;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.langso.shared.InvalidInputException;
import vn.langso.shared.NotFoundException;

/** Street-light schedules: kept per light, and switched by the minute in the commune's local time. */
@Service
public class LightSchedules {

	private static final Logger log = LoggerFactory.getLogger(LightSchedules.class);

	private final LightScheduleRepository schedules;

	private final DeviceRepository devices;

	private final Devices commands;

	private final TransactionTemplate transaction;

	private final Clock clock;

	LightSchedules(LightScheduleRepository schedules, DeviceRepository devices, Devices commands,
			PlatformTransactionManager transactions, Clock clock) {
		this.schedules = schedules;
		this.devices = devices;
		this.commands = commands;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/** Sets (or replaces) the on/off times of a street light. */
	@Transactional
	public LightScheduleView set(long communeId, long deviceId, LocalTime onAt, LocalTime offAt) {
		Device device = devices.findById(deviceId).filter(d -> d.communeId() == communeId)
			.orElseThrow(() -> new NotFoundException("device " + deviceId));
		if (device.kind() != DeviceKind.STREET_LIGHT) {
			throw new InvalidInputException("devices.error.notALight");
		}
		if (onAt.equals(offAt)) {
			throw new InvalidInputException("devices.error.sameTimes");
		}
		schedules.deleteAll(schedules.findByDeviceId(deviceId));
		return schedules.save(new LightSchedule(communeId, deviceId, onAt, offAt)).view();
	}

	@Transactional(readOnly = true)
	public List<LightScheduleView> inCommune(long communeId) {
		return schedules.findByCommuneIdOrderById(communeId).stream().map(LightSchedule::view).toList();
	}

	@SchedulerLock(name = "devices-light-schedules", lockAtMostFor = "PT5M")
	@Scheduled(fixedDelayString = "${langso.devices.light-check-interval-millis:60000}", initialDelay = 5000)
	void everyMinute() {
		try {
			runDue(ZonedDateTime.now(clock));
		}
		catch (RuntimeException failure) {
			log.error("Light schedules failed", failure);
		}
	}

	/** Sends the switches due at {@code now}; returns how many commands went out. */
	public int runDue(ZonedDateTime now) {
		Instant instant = now.toInstant();
		LocalTime time = now.toLocalTime();
		List<Object[]> due = transaction.execute(status -> {
			List<Object[]> list = new ArrayList<>();
			for (LightSchedule schedule : schedules.findAll()) {
				CommandType type = schedule.due(time, instant);
				if (type != null) {
					list.add(new Object[] { schedule.communeId(), schedule.deviceId(), type });
				}
			}
			return list;
		});
		for (Object[] item : due) {
			commands.send((Long) item[0], List.of((Long) item[1]), (CommandType) item[2], Map.of(), "light-schedule", false);
		}
		return due.size();
	}

}
