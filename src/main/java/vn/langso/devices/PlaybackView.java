package vn.langso.devices;

import java.time.Instant;

/** One entry of the playback log. */
public record PlaybackView(long deviceId, String deviceName, String reference, Instant startedAt, Integer durationSeconds) {
}
