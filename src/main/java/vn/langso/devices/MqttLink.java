package vn.langso.devices;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

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
 * The application's own MQTT connections ("lanes"): each subscribes to what devices send and can
 * publish commands. With an external broker there are several lanes sharing one subscription
 * ({@code $share/...}), so a burst of acknowledgements is spread over several broker-side client
 * queues instead of overflowing one (Mosquitto keeps 1,000 queued and 20 in flight per client by
 * default). Each lane queues what arrives and one worker per lane hands it to the inbox in batches,
 * one transaction per batch; a slow or failing message never blocks or kills a connection. A broker
 * that is down at start is retried by {@link DeviceWatch}.
 */
class MqttLink implements SmartLifecycle {

	static final String[] CHANNELS = { "heartbeat", "status", "ack", "playback" };

	private static final Logger log = LoggerFactory.getLogger(MqttLink.class);

	private final DevicesSettings settings;

	private final DeviceInbox inbox;

	private final ObjectProvider<EmbeddedBroker> embedded;

	private final AtomicInteger nextPublisher = new AtomicInteger();

	private volatile List<Lane> lanes = List.of();

	MqttLink(DevicesSettings settings, DeviceInbox inbox, ObjectProvider<EmbeddedBroker> embedded) {
		this.settings = settings;
		this.inbox = inbox;
		this.embedded = embedded;
	}

	@Override
	public void start() {
		String url = brokerUrl();
		String id = "langso-app-" + UUID.randomUUID().toString().substring(0, 8);
		List<Lane> created = new ArrayList<>();
		try {
			for (int i = 0; i < settings.lanes(); i++) {
				created.add(new Lane(url, id + "-" + i, i));
			}
		}
		catch (MqttException invalid) {
			log.error("MQTT client for {} could not be created", url, invalid);
			created.forEach(Lane::close);
			return;
		}
		lanes = List.copyOf(created);
		connect();
		log.info("MQTT: {} inbound connection(s) to {}, filters like {}", lanes.size(), url, settings.subscription("ack"));
	}

	/** Where the application (and the devices) connect: the embedded broker's port, or the external broker. */
	String brokerUrl() {
		EmbeddedBroker broker = embedded.getIfAvailable();
		return settings.embeddedBroker() && broker != null ? "tcp://127.0.0.1:" + broker.port() : settings.brokerUrl();
	}

	/** Connects every lane that is down and not already trying; called at start and by the watch. */
	void connect() {
		lanes.forEach(Lane::connect);
	}

	/** Publishes at QoS 1 on a connected lane (round robin); false when none is connected (the retry job sends again later). */
	boolean publish(String topic, byte[] payload, boolean retained) {
		List<Lane> current = lanes;
		for (int tried = 0; tried < current.size(); tried++) {
			Lane lane = current.get(Math.floorMod(nextPublisher.getAndIncrement(), current.size()));
			if (lane.client.isConnected()) {
				try {
					lane.client.publish(topic, payload, 1, retained);
					return true;
				}
				catch (MqttException | RuntimeException failure) {
					log.warn("MQTT publish to {} failed", topic, failure);
				}
			}
		}
		return false;
	}

	/** How many of the application's connections are up (metrics and health). */
	long connectedLanes() {
		return lanes.stream().filter(lane -> lane.client.isConnected()).count();
	}

	/** How many connections the application keeps (0 when its client could not be created). */
	int laneCount() {
		return lanes.size();
	}

	/** True when every lane is connected. */
	boolean connected() {
		List<Lane> current = lanes;
		return !current.isEmpty() && current.stream().allMatch(lane -> lane.client.isConnected());
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
	public void stop() {
		List<Lane> current = lanes;
		lanes = List.of();
		current.forEach(Lane::close);
	}

	@Override
	public boolean isRunning() {
		return !lanes.isEmpty();
	}

	@Override
	public int getPhase() {
		return Integer.MAX_VALUE - 100;
	}

	/** One connection, its queue of received messages and the worker that empties it in batches. */
	private final class Lane implements MqttCallbackExtended {

		private final MqttAsyncClient client;

		private final BlockingQueue<DeviceInbox.Inbound> queue = new LinkedBlockingQueue<>(50_000);

		private final AtomicBoolean connecting = new AtomicBoolean();

		private final Thread worker;

		private volatile boolean running = true;

		Lane(String url, String clientId, int index) throws MqttException {
			client = new MqttAsyncClient(url, clientId, new MemoryPersistence());
			client.setCallback(this);
			worker = Thread.ofPlatform().name("mqtt-inbox-" + index).daemon().start(this::work);
		}

		void connect() {
			if (client.isConnected() || !connecting.compareAndSet(false, true)) {
				return;
			}
			try {
				client.connect(options()).waitForCompletion(10_000);
				log.info("MQTT {} connected to {} (topics under {}/)", client.getClientId(), client.getServerURI(),
						settings.topicPrefix());
			}
			catch (MqttException down) {
				log.warn("MQTT broker {} not reachable; will retry", client.getServerURI(), down);
			}
			finally {
				connecting.set(false);
			}
		}

		@Override
		public void connectComplete(boolean reconnect, String serverURI) {
			try {
				String[] filters = new String[CHANNELS.length];
				int[] qos = new int[CHANNELS.length];
				for (int i = 0; i < CHANNELS.length; i++) {
					filters[i] = settings.subscription(CHANNELS[i]);
					qos[i] = 1;
				}
				client.subscribe(filters, qos);
			}
			catch (MqttException failure) {
				log.error("MQTT subscription failed", failure);
			}
		}

		@Override
		public void messageArrived(String topic, MqttMessage message) {
			try {
				// blocks when the worker is far behind: the broker then holds the rest (back-pressure)
				queue.put(new DeviceInbox.Inbound(topic, message.getPayload()));
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
			}
			catch (RuntimeException anything) {
				// an exception thrown here would make Paho drop the connection
				log.error("MQTT message on {} could not be queued", topic, anything);
			}
		}

		private void work() {
			List<DeviceInbox.Inbound> batch = new ArrayList<>();
			while (running) {
				try {
					DeviceInbox.Inbound first = queue.poll(500, TimeUnit.MILLISECONDS);
					if (first == null) {
						continue;
					}
					batch.add(first);
					queue.drainTo(batch, Math.max(0, settings.inboundBatch() - 1));
					inbox.handleAll(batch);
				}
				catch (InterruptedException interrupted) {
					return;
				}
				catch (RuntimeException failure) {
					log.error("MQTT inbound batch failed", failure);
				}
				finally {
					batch.clear();
				}
			}
		}

		@Override
		public void connectionLost(Throwable cause) {
			log.warn("MQTT connection {} lost", client.getClientId(), cause);
		}

		@Override
		public void deliveryComplete(IMqttDeliveryToken token) {
		}

		void close() {
			running = false;
			try {
				if (client.isConnected()) {
					client.disconnect(2_000).waitForCompletion(3_000);
				}
				client.close(true);
			}
			catch (MqttException ignored) {
				log.debug("MQTT close", ignored);
			}
			worker.interrupt();
		}

	}

}
