package vn.langso.broadcast;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;

/** A schedule as the operator sets it: which cluster, which programme, when. */
public record ScheduleForm(
		@NotNull(message = "{broadcast.validation.cluster}") Long deviceId,
		@NotNull(message = "{broadcast.validation.programme}") Long programmeId,
		@NotNull(message = "{broadcast.validation.recurrence}") Recurrence recurrence,
		@NotNull(message = "{broadcast.validation.time}") @DateTimeFormat(pattern = "HH:mm") LocalTime playAt,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate onDate) {

	public static ScheduleForm empty() {
		return new ScheduleForm(null, null, Recurrence.DAILY, LocalTime.of(6, 0), null);
	}

}
