package vn.langso.broadcast;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/** A loudspeaker schedule as the pages show it. */
public record ScheduleView(long id, long deviceId, String deviceName, long programmeId, String programmeTitle,
		Recurrence recurrence, LocalTime playAt, LocalDate onDate, boolean active, Instant lastRunAt) {
}
