package vn.langso.devices;

/** The commands of the protocol (docs/mqtt-protocol.md); each device kind understands some of them. */
public enum CommandType {
	PLAY, STOP, VOLUME, SHOW, LIGHT_ON, LIGHT_OFF
}
