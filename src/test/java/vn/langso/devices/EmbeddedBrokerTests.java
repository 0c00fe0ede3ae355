package vn.langso.devices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The embedded broker of the default run checks each device's own credentials and keeps it to its own topics. */
class EmbeddedBrokerTests {

	private EmbeddedBroker broker;

	private int port;

	private final String secret = Secrets.newSecret();

	@BeforeEach
	void start() throws Exception {
		try (ServerSocket free = new ServerSocket(0)) {
			port = free.getLocalPort();
		}
		DeviceRepository devices = mock(DeviceRepository.class);
		Device speaker = new Device(1, 2, "LOA-A", DeviceKind.LOUDSPEAKER_CLUSTER, "Loa A", Secrets.hash(secret), 60, Instant.now());
		when(devices.findByCode("LOA-A")).thenReturn(Optional.of(speaker));
		when(devices.findByCode("LOA-B")).thenReturn(Optional.empty());
		broker = new EmbeddedBroker(new DevicesSettings(true, port, "", "", "", "langso", Duration.ofSeconds(5), 3, 1000, 60000, 1, "langso", 100),
				devices);
		broker.start();
		assertThat(broker.isRunning()).isTrue();
	}

	@AfterEach
	void stop() {
		broker.stop();
	}

	@Test
	void aDeviceSignsInOnlyWithItsOwnSecret() throws Exception {
		MqttClient good = connect("LOA-A", secret);
		assertThat(good.isConnected()).isTrue();
		good.disconnect();
		assertThatThrownBy(() -> connect("LOA-A", "wrong")).isInstanceOf(MqttException.class);
		assertThatThrownBy(() -> connect("LOA-B", secret)).isInstanceOf(MqttException.class);
	}

	@Test
	void theClientIdIsBoundToTheDeviceSoNoDeviceCanTakeOverAnothersSession() throws Exception {
		MqttClient own = connect("LOA-A", secret, "LOA-A");
		assertThat(own.isConnected()).isTrue();
		// right credentials, someone else's client id (or one of the application's): refused, and the
		// device's own connection stays up
		assertThatThrownBy(() -> connect("LOA-A", secret, "LOA-B")).isInstanceOf(MqttException.class);
		assertThatThrownBy(() -> connect("LOA-A", secret, "LOA-A-2")).isInstanceOf(MqttException.class);
		assertThatThrownBy(() -> connect("LOA-A", secret, EmbeddedBroker.APP_CLIENT_PREFIX + "1234abcd-0"))
			.isInstanceOf(MqttException.class);
		assertThat(own.isConnected()).isTrue();
		// the application's user only under its own client ids
		assertThatThrownBy(() -> connect(EmbeddedBroker.APP_USER, broker.appPassword(), "LOA-A")).isInstanceOf(MqttException.class);
		assertThat(own.isConnected()).isTrue();
		own.disconnect();
	}

	@Test
	void aDeviceCannotReadAnotherDevicesCommandsButTheAppReachesItsOwn() throws Exception {
		MqttClient app = connect(EmbeddedBroker.APP_USER, broker.appPassword());
		MqttClient device = connect("LOA-A", secret);
		CountDownLatch own = new CountDownLatch(1);
		CountDownLatch foreign = new CountDownLatch(1);
		device.subscribe("langso/LOA-A/cmd", 1, (topic, message) -> own.countDown());
		try {
			device.subscribe("langso/LOA-B/cmd", 1, (topic, message) -> foreign.countDown());
		}
		catch (MqttException refused) {
			// some brokers refuse the subscription outright; Moquette answers with a failure code
		}
		app.publish("langso/LOA-A/cmd", "{\"id\":\"x\"}".getBytes(), 1, false);
		app.publish("langso/LOA-B/cmd", "{\"id\":\"y\"}".getBytes(), 1, false);
		assertThat(own.await(5, TimeUnit.SECONDS)).isTrue();
		assertThat(foreign.await(1, TimeUnit.SECONDS)).isFalse();
		device.disconnect();
		app.disconnect();
	}

	private MqttClient connect(String user, String password) throws MqttException {
		return connect(user, password, EmbeddedBroker.APP_USER.equals(user) ? EmbeddedBroker.APP_CLIENT_PREFIX + System.nanoTime() : user);
	}

	private MqttClient connect(String user, String password, String clientId) throws MqttException {
		MqttClient client = new MqttClient("tcp://127.0.0.1:" + port, clientId, new MemoryPersistence());
		MqttConnectOptions options = new MqttConnectOptions();
		options.setUserName(user);
		options.setPassword(password.toCharArray());
		options.setConnectionTimeout(5);
		client.connect(options);
		return client;
	}

}
