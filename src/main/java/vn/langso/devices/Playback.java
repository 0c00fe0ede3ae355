package vn.langso.devices;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A device's report that it played (or showed) something: the log of what actually reached people. */
@Entity
@Table(name = "devices_playback")
class Playback {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long communeId;

	private long deviceId;

	private String messageId;

	private String reference;

	private Instant startedAt;

	private Integer durationSeconds;

	private Instant receivedAt;

	protected Playback() {
	}

	Playback(long communeId, long deviceId, String messageId, String reference, Instant startedAt,
			Integer durationSeconds, Instant receivedAt) {
		this.communeId = communeId;
		this.deviceId = deviceId;
		this.messageId = messageId;
		this.reference = reference;
		this.startedAt = startedAt;
		this.durationSeconds = durationSeconds;
		this.receivedAt = receivedAt;
	}

	PlaybackView view(String deviceName) {
		return new PlaybackView(deviceId, deviceName, reference, startedAt, durationSeconds);
	}

	long deviceId() {
		return deviceId;
	}

	String messageId() {
		return messageId;
	}

}
