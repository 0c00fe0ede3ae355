package vn.langso.devices;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Something staff should look at: a device went silent, a command was never acknowledged. */
@Entity
@Table(name = "devices_alert")
class DeviceAlert {

	static final String OFFLINE = "OFFLINE";

	static final String COMMAND_FAILED = "COMMAND_FAILED";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long communeId;

	private long deviceId;

	private String kind;

	private Instant raisedAt;

	private String detail;

	protected DeviceAlert() {
	}

	DeviceAlert(long communeId, long deviceId, String kind, Instant raisedAt, String detail) {
		this.communeId = communeId;
		this.deviceId = deviceId;
		this.kind = kind;
		this.raisedAt = raisedAt;
		this.detail = detail == null || detail.length() <= 300 ? detail : detail.substring(0, 300);
	}

	DeviceAlertView view(String deviceName) {
		return new DeviceAlertView(deviceId, deviceName, kind, raisedAt, detail);
	}

	long deviceId() {
		return deviceId;
	}

}
