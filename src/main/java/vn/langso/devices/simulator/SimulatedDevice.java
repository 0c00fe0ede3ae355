package vn.langso.devices.simulator;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One fake device speaking the protocol of docs/mqtt-protocol.md: it connects with its own
 * credentials and a last will, announces itself online (retained), sends heartbeats, acknowledges
 * every command and reports playback for PLAY and SHOW. It can hang (stay connected, go silent) or
 * lose power (drop the connection, so the broker publishes its last will).
 */
public final class SimulatedDevice {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String code;

	private final String secret;

	private final String prefix;

	private final int heartbeatSeconds;

	private final List<JsonNode> received = new CopyOnWriteArrayList<>();

	private volatile boolean hung;

	private volatile boolean lightOn;

	private MqttAsyncClient client;

	private ScheduledFuture<?> heartbeats;

	public SimulatedDevice(String prefix, String code, String secret, int heartbeatSeconds) {
		this.prefix = prefix;
		this.code = code;
		this.secret = secret;
		this.heartbeatSeconds = heartbeatSeconds;
	}

	public void connect(String brokerUrl, ScheduledExecutorService timer) throws MqttException {
		// the client id is the device code: the broker binds the two (docs/mqtt-protocol.md)
		client = new MqttAsyncClient(brokerUrl, code, new MemoryPersistence());
		MqttConnectOptions options = new MqttConnectOptions();
		options.setCleanSession(true);
		options.setKeepAliveInterval(Math.max(2, heartbeatSeconds));
		options.setMaxInflight(1000);
		options.setUserName(code);
		if (secret != null) {
			options.setPassword(secret.toCharArray());
		}
		options.setWill(topic("status"), "{\"state\":\"offline\"}".getBytes(StandardCharsets.UTF_8), 1, true);
		client.setCallback(new Callback());
		// like a real device, try again when the broker drops the first connection (a loaded broker
		// sometimes closes a socket during CONNECT); wrong credentials are not retried
		for (int attempt = 1;; attempt++) {
			try {
				client.connect(options).waitForCompletion(15_000);
				client.subscribe(topic("cmd"), 1).waitForCompletion(15_000);
				break;
			}
			catch (MqttException failed) {
				int reason = failed.getReasonCode();
				if (attempt >= 3 || reason == MqttException.REASON_CODE_FAILED_AUTHENTICATION
						|| reason == MqttException.REASON_CODE_NOT_AUTHORIZED) {
					throw failed;
				}
				if (client.isConnected()) {
					client.disconnectForcibly(1_000);
				}
				try {
					Thread.sleep(250L * attempt);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					throw failed;
				}
			}
		}
		publish("status", "{\"state\":\"online\",\"ts\":" + Instant.now().getEpochSecond() + ",\"firmware\":\"sim-1.0\"}", true);
		long period = Math.max(1000L, heartbeatSeconds * 1000L / 3);
		heartbeats = timer.scheduleAtFixedRate(this::heartbeat, period / 2, period, TimeUnit.MILLISECONDS);
	}

	private void heartbeat() {
		if (!hung) {
			publish("heartbeat", "{\"ts\":" + Instant.now().getEpochSecond() + "}", false);
		}
	}

	/** Stays connected but stops talking: no heartbeats, no acknowledgements. */
	public void hang() {
		hung = true;
	}

	/** Power cut: the TCP connection drops without a DISCONNECT, so the broker sends the last will. */
	public void powerOff() {
		hung = true;
		if (heartbeats != null) {
			heartbeats.cancel(false);
		}
		try {
			client.disconnectForcibly(0, 0, false);
			client.close(true);
		}
		catch (MqttException ignored) {
			// a dead device does not report
		}
	}

	public void disconnect() {
		if (heartbeats != null) {
			heartbeats.cancel(false);
		}
		try {
			if (client.isConnected()) {
				client.disconnect(1000).waitForCompletion(2000);
			}
			client.close(true);
		}
		catch (MqttException ignored) {
			// closing anyway
		}
	}

	public String code() {
		return code;
	}

	/** Every command received, in order (also while hung: a hung device still hears the retries). */
	public List<JsonNode> received() {
		return List.copyOf(received);
	}

	public boolean lightOn() {
		return lightOn;
	}

	public void publishRaw(String channel, String payload) {
		publish(channel, payload, false);
	}

	private void publish(String channel, String payload, boolean retained) {
		try {
			if (client != null && client.isConnected()) {
				client.publish(topic(channel), payload.getBytes(StandardCharsets.UTF_8), 1, retained);
			}
		}
		catch (MqttException failed) {
			// a real device would retry; the app's command retries cover a lost acknowledgement
		}
	}

	private String topic(String channel) {
		return prefix + "/" + code + "/" + channel;
	}

	private void onCommand(byte[] payload) {
		JsonNode command = JSON.readTree(payload);
		received.add(command);
		if (hung) {
			return;
		}
		String id = command.path("id").asString();
		String type = command.path("type").asString();
		if ("LIGHT_ON".equals(type)) {
			lightOn = true;
		}
		else if ("LIGHT_OFF".equals(type)) {
			lightOn = false;
		}
		publish("ack", "{\"id\":\"" + id + "\",\"ok\":true}", false);
		if ("PLAY".equals(type) || "SHOW".equals(type)) {
			publish("playback", "{\"id\":\"" + id + "\",\"startedAt\":" + Instant.now().getEpochSecond()
					+ ",\"durationSeconds\":" + Math.max(1, command.path("args").path("durationSeconds").asInt(30)) + "}", false);
		}
	}

	private final class Callback implements MqttCallback {

		@Override
		public void connectionLost(Throwable cause) {
		}

		@Override
		public void messageArrived(String topic, MqttMessage message) {
			try {
				onCommand(message.getPayload());
			}
			catch (RuntimeException malformed) {
				// a device ignores what it cannot read
			}
		}

		@Override
		public void deliveryComplete(IMqttDeliveryToken token) {
		}

	}

}
