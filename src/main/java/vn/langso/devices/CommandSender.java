package vn.langso.devices;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Turns a command record into the protocol's JSON and publishes it on the device's command topic. */
@Component
class CommandSender {

	private final MqttLink link;

	private final DevicesSettings settings;

	private final JsonMapper json = JsonMapper.builder().build();

	CommandSender(MqttLink link, DevicesSettings settings) {
		this.link = link;
		this.settings = settings;
	}

	String brokerUrl() {
		return link.brokerUrl();
	}

	boolean publish(DeviceCommand command, String deviceCode) {
		Map<String, Object> message = new LinkedHashMap<>();
		message.put("id", command.messageId());
		message.put("type", command.type().name());
		message.put("args", json.readTree(command.arguments()));
		message.put("priority", command.priority());
		message.put("attempt", command.attempts());
		message.put("issuedAt", command.createdAt().getEpochSecond());
		if (command.reference() != null) {
			message.put("ref", command.reference());
		}
		byte[] payload = json.writeValueAsString(message).getBytes(StandardCharsets.UTF_8);
		return link.publish(settings.topic(deviceCode, "cmd"), payload, false);
	}

}
