package vn.langso.devices;

/** A device fell silent past its heartbeat window (or its last will arrived). */
public record DeviceWentOffline(long communeId, long deviceId, String code, DeviceKind kind) {
}
