package vn.langso.devices;

import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallbackExtended;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;

/**
 * The application's own MQTT connection: it subscribes to what devices send and publishes commands.
 * Incoming messages are handed to worker threads, so a slow or failing message never blocks or kills
 * the connection; a broker that is down at start is retried by {@link DeviceWatch}.
 */
class MqttLink implements SmartLifecycle, MqttCallbackExtended {

	static final String[] CHANNELS = { "heartbeat", "status", "ack", "playback" };

	private static final Logger log = LoggerFactory.getLogger(MqttLink.class);

	private final DevicesSettings settings;

	private final DeviceInbox inbox;

	private final ObjectProvider<EmbeddedBroker> embedded;

	private final AtomicBoolean connecting = new AtomicBoolean();

	private MqttAsyncClient client;

	private ThreadPoolExecutor workers;

	MqttLink(DevicesSettings settings, DeviceInbox inbox, ObjectProvider<EmbeddedBroker> embedded) {
		this.settings = settings;
		this.inbox = inbox;
		this.embedded = embedded;
	}

	@Override
	public void start() {
		workers = new ThreadPoolExecutor(settings.listenerThreads(), settings.listenerThreads(), 30, TimeUnit.SECONDS,
				new ArrayBlockingQueue<>(20_000), Thread.ofPlatform().name("mqtt-inbox-", 0).daemon().factory(),
				new ThreadPoolExecutor.CallerRunsPolicy());
		String url = settings.embeddedBroker() ? "tcp://127.0.0.1:" + settings.embeddedPort() : settings.brokerUrl();
		try {
			client = new MqttAsyncClient(url, "langso-app-" + UUID.randomUUID(), new MemoryPersistence());
			client.setCallback(this);
			connect();
		}
		catch (MqttException invalid) {
			log.error("MQTT client for {} could not be created: {}", url, invalid.toString());
		}
	}

	/** Connects unless connected or already trying; called at start and by the watch when the link is down. */
	void connect() {
		if (client == null || client.isConnected() || !connecting.compareAndSet(false, true)) {
			return;
		}
		try {
			client.connect(options()).waitForCompletion(10_000);
			log.info("MQTT connected to {} (topics under {}/)", client.getServerURI(), settings.topicPrefix());
		}
		catch (MqttException down) {
			log.warn("MQTT broker {} not reachable ({}); will retry", client.getServerURI(), down.getMessage());
		}
		finally {
			connecting.set(false);
		}
	}

	private MqttConnectOptions options() {
		MqttConnectOptions options = new MqttConnectOptions();
		options.setCleanSession(true);
		options.setAutomaticReconnect(true);
		options.setMaxInflight(20_000);
		options.setKeepAliveInterval(30);
		options.setConnectionTimeout(10);
		EmbeddedBroker broker = embedded.getIfAvailable();
		if (broker != null) {
			options.setUserName(EmbeddedBroker.APP_USER);
			options.setPassword(broker.appPassword().toCharArray());
		}
		else if (!settings.brokerUsername().isBlank()) {
			options.setUserName(settings.brokerUsername());
			options.setPassword(settings.brokerPassword().toCharArray());
		}
		return options;
	}

	@Override
	public void connectComplete(boolean reconnect, String serverURI) {
		try {
			String[] filters = new String[CHANNELS.length];
			int[] qos = new int[CHANNELS.length];
			for (int i = 0; i < CHANNELS.length; i++) {
				filters[i] = settings.topic("+", CHANNELS[i]);
				qos[i] = 1;
			}
			client.subscribe(filters, qos);
		}
		catch (MqttException failure) {
			log.error("MQTT subscription failed: {}", failure.toString());
		}
	}

	@Override
	public void messageArrived(String topic, MqttMessage message) {
		try {
			byte[] payload = message.getPayload();
			workers.execute(() -> inbox.handle(topic, payload));
		}
		catch (RuntimeException anything) {
			// an exception thrown here would make Paho drop the connection
			log.error("MQTT message on {} could not be queued: {}", topic, anything.toString());
		}
	}

	/** Publishes at QoS 1; false when the broker is unreachable (the retry job sends again later). */
	boolean publish(String topic, byte[] payload, boolean retained) {
		if (client == null || !client.isConnected()) {
			return false;
		}
		try {
			client.publish(topic, payload, 1, retained);
			return true;
		}
		catch (MqttException | RuntimeException failure) {
			log.warn("MQTT publish to {} failed: {}", topic, failure.toString());
			return false;
		}
	}

	boolean connected() {
		return client != null && client.isConnected();
	}

	@Override
	public void connectionLost(Throwable cause) {
		log.warn("MQTT connection lost: {}", cause == null ? "?" : cause.toString());
	}

	@Override
	public void deliveryComplete(IMqttDeliveryToken token) {
	}

	@Override
	public void stop() {
		if (client != null) {
			try {
				if (client.isConnected()) {
					client.disconnect(2_000).waitForCompletion(3_000);
				}
				client.close(true);
			}
			catch (MqttException ignored) {
				log.debug("MQTT close: {}", ignored.toString());
			}
			client = null;
		}
		if (workers != null) {
			workers.shutdown();
		}
	}

	@Override
	public boolean isRunning() {
		return client != null;
	}

	@Override
	public int getPhase() {
		return Integer.MAX_VALUE - 100;
	}

}
