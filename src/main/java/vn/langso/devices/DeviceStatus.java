package vn.langso.devices;

/** Health as the heartbeats tell it: a device never heard from is neither online nor offline. */
public enum DeviceStatus {

	NEVER_SEEN, ONLINE, OFFLINE;

	public String messageKey() {
		return "devices.status." + name();
	}

}
