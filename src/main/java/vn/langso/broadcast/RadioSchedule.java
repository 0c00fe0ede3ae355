package vn.langso.broadcast;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One loudspeaker cluster plays one programme at a time of day, once or daily. */
@Entity
@Table(name = "broadcast_schedule")
class RadioSchedule {

	/** A slot missed by more than this (server down) is skipped rather than played late. */
	static final long GRACE_SECONDS = 600;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long communeId;

	private long deviceId;

	private long programmeId;

	@Enumerated(EnumType.STRING)
	private Recurrence recurrence;

	private LocalTime playAt;

	private LocalDate onDate;

	private boolean active;

	private Instant lastRunAt;

	protected RadioSchedule() {
	}

	RadioSchedule(long communeId, long deviceId, long programmeId, Recurrence recurrence, LocalTime playAt, LocalDate onDate) {
		this.communeId = communeId;
		this.deviceId = deviceId;
		this.programmeId = programmeId;
		this.recurrence = recurrence;
		this.playAt = playAt.withSecond(0).withNano(0);
		this.onDate = recurrence == Recurrence.ONCE ? onDate : null;
		this.active = true;
	}

	boolean occursOn(LocalDate day) {
		return active && (recurrence == Recurrence.DAILY || day.equals(onDate));
	}

	/** True when the slot of {@code now}'s day has come, within the grace period, and has not run yet. */
	boolean dueAt(ZonedDateTime now) {
		if (!occursOn(now.toLocalDate())) {
			return false;
		}
		Instant slot = now.toLocalDate().atTime(playAt).atZone(now.getZone()).toInstant();
		Instant instant = now.toInstant();
		return !slot.isAfter(instant) && slot.plusSeconds(GRACE_SECONDS).isAfter(instant)
				&& (lastRunAt == null || lastRunAt.isBefore(slot));
	}

	void ran(Instant at) {
		lastRunAt = at;
		if (recurrence == Recurrence.ONCE) {
			active = false;
		}
	}

	void cancel() {
		active = false;
	}

	ScheduleView view(String programmeTitle, String deviceName) {
		return new ScheduleView(id, deviceId, deviceName, programmeId, programmeTitle, recurrence, playAt, onDate, active, lastRunAt);
	}

	Long id() {
		return id;
	}

	long communeId() {
		return communeId;
	}

	long deviceId() {
		return deviceId;
	}

	long programmeId() {
		return programmeId;
	}

	LocalTime playAt() {
		return playAt;
	}

	static ZoneId zone() {
		return ZoneId.of("Asia/Ho_Chi_Minh");
	}

}
