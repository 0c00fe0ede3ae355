package vn.langso.devices;

import java.time.Instant;

/** A refused MQTT message: when, on which topic, why. */
public record RejectedMessageView(Instant receivedAt, String topic, String reason, String payload) {
}
