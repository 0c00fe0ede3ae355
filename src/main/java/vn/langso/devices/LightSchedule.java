package vn.langso.devices;

import java.time.Instant;
import java.time.LocalTime;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A street light's daily rhythm: on at {@code onAt}, off at {@code offAt} (local time; the on-period
 * may run past midnight). The scheduler reconciles: whenever the wanted state differs from the last
 * one commanded, it sends the switch, so a missed minute or a restart never leaves a light wrong.
 */
@Entity
@Table(name = "devices_light_schedule")
class LightSchedule {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long communeId;

	private long deviceId;

	private LocalTime onAt;

	private LocalTime offAt;

	private String lastAction;

	private Instant lastRunAt;

	protected LightSchedule() {
	}

	LightSchedule(long communeId, long deviceId, LocalTime onAt, LocalTime offAt) {
		this.communeId = communeId;
		this.deviceId = deviceId;
		this.onAt = onAt;
		this.offAt = offAt;
	}

	CommandType wantedAt(LocalTime time) {
		boolean on = onAt.isBefore(offAt)
				? !time.isBefore(onAt) && time.isBefore(offAt)
				: !time.isBefore(onAt) || time.isBefore(offAt);
		return on ? CommandType.LIGHT_ON : CommandType.LIGHT_OFF;
	}

	/** The switch to send now, or null when the light is already commanded so. */
	CommandType due(LocalTime time, Instant now) {
		CommandType wanted = wantedAt(time);
		if (wanted.name().endsWith(lastAction == null ? "?" : lastAction)) {
			return null;
		}
		lastAction = wanted == CommandType.LIGHT_ON ? "ON" : "OFF";
		lastRunAt = now;
		return wanted;
	}

	LightScheduleView view() {
		return new LightScheduleView(id, deviceId, onAt, offAt, lastAction, lastRunAt);
	}

	long communeId() {
		return communeId;
	}

	long deviceId() {
		return deviceId;
	}

}
