package vn.langso.devices;

import java.math.BigDecimal;
import java.time.Instant;

/** A device as pages and other modules see it; never its secret. */
public record DeviceView(long id, long communeId, long villageId, String code, DeviceKind kind, String name,
		BigDecimal latitude, BigDecimal longitude, String model, String firmware, String installer,
		DeviceStatus status, int heartbeatSeconds, Instant lastSeenAt, long uptimeSeconds, String streamUrl,
		boolean publicCamera, boolean showsCameras) {

	public boolean located() {
		return latitude != null && longitude != null;
	}

	/** Uptime as hours with one decimal, for the registry table. */
	public String uptimeHours() {
		return String.format(java.util.Locale.ROOT, "%.1f", uptimeSeconds / 3600.0);
	}

}
