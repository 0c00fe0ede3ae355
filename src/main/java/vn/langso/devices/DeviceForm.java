package vn.langso.devices;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A device as staff register or describe it. */
public record DeviceForm(
		@NotBlank(message = "{devices.validation.code}")
		@Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9_-]{2,63}$", message = "{devices.validation.code}")
		String code,
		@NotNull(message = "{devices.validation.kind}")
		DeviceKind kind,
		@NotBlank(message = "{devices.validation.name}")
		@Size(max = 160, message = "{devices.validation.name}")
		@Pattern(regexp = "^[^<>]*$", message = "{validation.noMarkup}")
		String name,
		@NotNull(message = "{devices.validation.village}")
		Long villageId,
		@DecimalMin(value = "-90", message = "{devices.validation.latitude}") @DecimalMax(value = "90", message = "{devices.validation.latitude}")
		BigDecimal latitude,
		@DecimalMin(value = "-180", message = "{devices.validation.longitude}") @DecimalMax(value = "180", message = "{devices.validation.longitude}")
		BigDecimal longitude,
		@Size(max = 120, message = "{devices.validation.text}") @Pattern(regexp = "^[^<>]*$", message = "{validation.noMarkup}")
		String model,
		@Size(max = 60, message = "{devices.validation.text}") @Pattern(regexp = "^[^<>]*$", message = "{validation.noMarkup}")
		String firmware,
		@Size(max = 160, message = "{devices.validation.text}") @Pattern(regexp = "^[^<>]*$", message = "{validation.noMarkup}")
		String installer,
		@NotNull(message = "{devices.validation.heartbeat}") @Min(value = 2, message = "{devices.validation.heartbeat}")
		@Max(value = 86400, message = "{devices.validation.heartbeat}")
		Integer heartbeatSeconds,
		@Size(max = 500, message = "{devices.validation.streamUrl}")
		@Pattern(regexp = "^$|^(https?://|/)[^\\s<>\"]+\\.m3u8([?#][^\\s<>\"]*)?$", message = "{devices.validation.streamUrl}")
		String streamUrl,
		Boolean publicCamera,
		Boolean showsCameras) {

	public boolean opensToPublic() {
		return Boolean.TRUE.equals(publicCamera);
	}

	public boolean tilesCameras() {
		return Boolean.TRUE.equals(showsCameras);
	}

	public static DeviceForm empty() {
		return new DeviceForm("", DeviceKind.LOUDSPEAKER_CLUSTER, "", null, null, null, "", "", "", 60, "", false, false);
	}

	/** Shorthand for loaders and tests. */
	public static DeviceForm of(String code, DeviceKind kind, String name, long villageId, int heartbeatSeconds) {
		return new DeviceForm(code, kind, name, villageId, null, null, null, null, null, heartbeatSeconds, null, false, false);
	}

	/** Shorthand without the village, which {@link #in(long)} sets. */
	public static DeviceForm of(String code, DeviceKind kind, String name, int heartbeatSeconds) {
		return new DeviceForm(code, kind, name, null, null, null, null, null, null, heartbeatSeconds, null, false, false);
	}

	public DeviceForm in(long villageId) {
		return new DeviceForm(code, kind, name, villageId, latitude, longitude, model, firmware, installer,
				heartbeatSeconds, streamUrl, publicCamera, showsCameras);
	}

	public DeviceForm at(double lat, double lon) {
		return new DeviceForm(code, kind, name, villageId, BigDecimal.valueOf(lat), BigDecimal.valueOf(lon), model,
				firmware, installer, heartbeatSeconds, streamUrl, publicCamera, showsCameras);
	}

	public DeviceForm madeBy(String model, String firmware, String installer) {
		return new DeviceForm(code, kind, name, villageId, latitude, longitude, model, firmware, installer,
				heartbeatSeconds, streamUrl, publicCamera, showsCameras);
	}

	public DeviceForm camera(String streamUrl, boolean publicCamera) {
		return new DeviceForm(code, kind, name, villageId, latitude, longitude, model, firmware, installer,
				heartbeatSeconds, streamUrl, publicCamera, showsCameras);
	}

	public DeviceForm showingCameras() {
		return new DeviceForm(code, kind, name, villageId, latitude, longitude, model, firmware, installer,
				heartbeatSeconds, streamUrl, publicCamera, true);
	}

}
