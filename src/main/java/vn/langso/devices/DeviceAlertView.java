package vn.langso.devices;

import java.time.Instant;

/** An alert for staff, with the device's name. */
public record DeviceAlertView(long deviceId, String deviceName, String kind, Instant raisedAt, String detail) {

	public String messageKey() {
		return "devices.alert." + kind;
	}

}
