package vn.langso.devices;

import java.time.Instant;

/** A command and where it stands; {@code latencyMillis} runs from creation to the acknowledgement. */
public record CommandView(long id, String messageId, long deviceId, CommandType type, String arguments,
		String reference, boolean priority, CommandStatus status, int attempts, Instant createdAt,
		Instant acknowledgedAt, Long latencyMillis, String result) {
}
