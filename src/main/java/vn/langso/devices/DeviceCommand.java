package vn.langso.devices;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A command to one device. It is sent, re-sent while unacknowledged, and ends acknowledged, refused
 * by the device, or failed after the last attempt. The message id makes each acknowledgement count once.
 */
@Entity
@Table(name = "devices_command")
class DeviceCommand {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String messageId;

	private long communeId;

	private long deviceId;

	@Enumerated(EnumType.STRING)
	private CommandType type;

	private String arguments;

	private String reference;

	private boolean priority;

	@Enumerated(EnumType.STRING)
	private CommandStatus status;

	private int attempts;

	private Instant createdAt;

	private Instant lastSentAt;

	private Instant acknowledgedAt;

	private String result;

	protected DeviceCommand() {
	}

	DeviceCommand(long communeId, long deviceId, CommandType type, String arguments, String reference,
			boolean priority, Instant now) {
		this.messageId = UUID.randomUUID().toString();
		this.communeId = communeId;
		this.deviceId = deviceId;
		this.type = type;
		this.arguments = arguments;
		this.reference = reference;
		this.priority = priority;
		this.status = CommandStatus.SENT;
		this.createdAt = now;
	}

	void sent(Instant at) {
		attempts++;
		lastSentAt = at;
	}

	boolean dueForRetry(Instant now, Duration ackTimeout) {
		return status == CommandStatus.SENT && lastSentAt != null && !lastSentAt.plus(ackTimeout).isAfter(now);
	}

	/** Applies the device's answer; false when the command had already ended (a replay). */
	boolean answered(boolean ok, String detail, Instant at) {
		if (status.isFinal()) {
			return false;
		}
		status = ok ? CommandStatus.ACKNOWLEDGED : CommandStatus.REFUSED;
		acknowledgedAt = at;
		result = detail == null ? null : detail.substring(0, Math.min(200, detail.length()));
		return true;
	}

	void failed(Instant at) {
		status = CommandStatus.FAILED;
		result = "no acknowledgement after " + attempts + " attempts";
	}

	CommandView view() {
		Long latency = acknowledgedAt == null ? null : Duration.between(createdAt, acknowledgedAt).toMillis();
		return new CommandView(id, messageId, deviceId, type, arguments, reference, priority, status, attempts,
				createdAt, acknowledgedAt, latency, result);
	}

	Long id() {
		return id;
	}

	String messageId() {
		return messageId;
	}

	long deviceId() {
		return deviceId;
	}

	long communeId() {
		return communeId;
	}

	CommandType type() {
		return type;
	}

	String arguments() {
		return arguments;
	}

	String reference() {
		return reference;
	}

	boolean priority() {
		return priority;
	}

	int attempts() {
		return attempts;
	}

	CommandStatus status() {
		return status;
	}

	Instant lastSentAt() {
		return lastSentAt;
	}

	Instant createdAt() {
		return createdAt;
	}

}
