package vn.langso.devices;

import java.util.EnumSet;
import java.util.Set;

/** What a device is, and so which commands it understands. */
public enum DeviceKind {

	LOUDSPEAKER_CLUSTER(EnumSet.of(CommandType.PLAY, CommandType.STOP, CommandType.VOLUME)),
	LED_BOARD(EnumSet.of(CommandType.SHOW, CommandType.STOP)),
	CAMERA(EnumSet.noneOf(CommandType.class)),
	WIFI_POINT(EnumSet.noneOf(CommandType.class)),
	STREET_LIGHT(EnumSet.of(CommandType.LIGHT_ON, CommandType.LIGHT_OFF));

	private final Set<CommandType> commands;

	DeviceKind(Set<CommandType> commands) {
		this.commands = commands;
	}

	public boolean understands(CommandType type) {
		return commands.contains(type);
	}

	public String messageKey() {
		return "devices.kind." + name();
	}

}
