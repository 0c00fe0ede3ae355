package vn.langso.devices;

import java.time.Instant;
import java.time.LocalTime;

/** A light's on/off times and what was last commanded. */
public record LightScheduleView(long id, long deviceId, LocalTime onAt, LocalTime offAt, String lastAction, Instant lastRunAt) {
}
