package vn.langso.devices;

/** A command was never acknowledged after every attempt. */
public record CommandFailed(long communeId, long deviceId, String messageId, CommandType type, String reference) {
}
