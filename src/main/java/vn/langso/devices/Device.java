package vn.langso.devices;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One device of the registry. Its health follows the heartbeats: the first message brings it online,
 * silence past its heartbeat window takes it offline, and the time it spent online adds to its uptime.
 */
@Entity
@Table(name = "devices_device")
class Device {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long communeId;

	private long villageId;

	private String code;

	@Enumerated(EnumType.STRING)
	private DeviceKind kind;

	private String name;

	private BigDecimal latitude;

	private BigDecimal longitude;

	private String model;

	private String firmware;

	private String installer;

	private String secretHash;

	@Enumerated(EnumType.STRING)
	private DeviceStatus status;

	private int heartbeatSeconds;

	private Instant lastSeenAt;

	private Instant onlineSince;

	private long uptimeSeconds;

	private Instant registeredAt;

	private String streamUrl;

	@Column(name = "public_camera")
	private boolean publicCamera;

	private boolean showsCameras;

	protected Device() {
	}

	Device(long communeId, long villageId, String code, DeviceKind kind, String name, String secretHash,
			int heartbeatSeconds, Instant registeredAt) {
		this.communeId = communeId;
		this.villageId = villageId;
		this.code = code;
		this.kind = kind;
		this.name = name;
		this.secretHash = secretHash;
		this.heartbeatSeconds = heartbeatSeconds;
		this.registeredAt = registeredAt;
		this.status = DeviceStatus.NEVER_SEEN;
	}

	void describe(DeviceForm form) {
		this.name = form.name().strip();
		this.villageId = form.villageId();
		this.latitude = form.latitude();
		this.longitude = form.longitude();
		this.model = blankToNull(form.model());
		this.firmware = blankToNull(form.firmware());
		this.installer = blankToNull(form.installer());
		this.heartbeatSeconds = form.heartbeatSeconds();
		this.streamUrl = kind == DeviceKind.CAMERA ? blankToNull(form.streamUrl()) : null;
		this.publicCamera = kind == DeviceKind.CAMERA && form.opensToPublic();
		this.showsCameras = kind == DeviceKind.LED_BOARD && form.tilesCameras();
	}

	/** Any authentic message proves the device alive. Returns true when it just came (back) online. */
	boolean heardFrom(Instant at, String reportedFirmware) {
		if (lastSeenAt == null || at.isAfter(lastSeenAt)) {
			lastSeenAt = at;
		}
		if (reportedFirmware != null && !reportedFirmware.isBlank() && reportedFirmware.length() <= 60) {
			firmware = reportedFirmware;
		}
		if (status != DeviceStatus.ONLINE) {
			status = DeviceStatus.ONLINE;
			onlineSince = at;
			return true;
		}
		return false;
	}

	/** True when the device has been silent longer than its window at {@code now}. */
	boolean silentAt(Instant now) {
		return status == DeviceStatus.ONLINE && lastSeenAt != null
				&& lastSeenAt.plusSeconds(heartbeatSeconds).isBefore(now);
	}

	/** Marks the device offline (silence or its last will); the online stretch counts towards uptime. */
	boolean wentOffline() {
		if (status != DeviceStatus.ONLINE) {
			return false;
		}
		if (onlineSince != null && lastSeenAt != null && lastSeenAt.isAfter(onlineSince)) {
			uptimeSeconds += Duration.between(onlineSince, lastSeenAt).toSeconds();
		}
		status = DeviceStatus.OFFLINE;
		onlineSince = null;
		return true;
	}

	long uptimeAt(Instant now) {
		long current = status == DeviceStatus.ONLINE && onlineSince != null
				? Math.max(0, Duration.between(onlineSince, now).toSeconds()) : 0;
		return uptimeSeconds + current;
	}

	DeviceView view(Instant now) {
		return new DeviceView(id, communeId, villageId, code, kind, name, latitude, longitude, model, firmware,
				installer, status, heartbeatSeconds, lastSeenAt, uptimeAt(now), streamUrl, publicCamera, showsCameras);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	Long id() {
		return id;
	}

	long communeId() {
		return communeId;
	}

	long villageId() {
		return villageId;
	}

	String code() {
		return code;
	}

	DeviceKind kind() {
		return kind;
	}

	String secretHash() {
		return secretHash;
	}

	void changeSecret(String hash) {
		this.secretHash = hash;
	}

	DeviceStatus status() {
		return status;
	}

	int heartbeatSeconds() {
		return heartbeatSeconds;
	}

	String name() {
		return name;
	}

}
