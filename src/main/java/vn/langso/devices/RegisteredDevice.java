package vn.langso.devices;

/** A freshly registered device and its secret, which is shown this once and never stored in clear. */
public record RegisteredDevice(DeviceView device, String secret) {
}
