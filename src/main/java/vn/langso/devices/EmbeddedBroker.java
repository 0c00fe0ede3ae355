package vn.langso.devices;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Properties;

import io.moquette.broker.Server;
import io.moquette.broker.config.MemoryConfig;
import io.moquette.broker.security.IAuthenticator;
import io.moquette.broker.security.IAuthorizatorPolicy;
import io.moquette.broker.subscriptions.Topic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The MQTT broker of the embedded default (Moquette), on loopback and {@code embeddedPort}. It checks
 * per-device credentials (username = device code, password = the device's secret), binds the client id
 * to the device (it must be the device code) and confines each device to its own topics; the application connects as an internal user with a password made at start.
 * Production points {@code langso.devices.broker-url} at Mosquitto or EMQX instead (docs/mqtt-protocol.md).
 */
class EmbeddedBroker implements SmartLifecycle {

	static final String APP_USER = "langso-app";

	/** The application's own connections are {@code langso-app-<random>-<n>} (MqttLink); no device may take one. */
	static final String APP_CLIENT_PREFIX = APP_USER + "-";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedBroker.class);

	private final DevicesSettings settings;

	private final DeviceRepository devices;

	private final String appPassword = Secrets.newSecret();

	private Server server;

	private volatile int port;

	EmbeddedBroker(DevicesSettings settings, DeviceRepository devices) {
		this.settings = settings;
		this.devices = devices;
	}

	String appPassword() {
		return appPassword;
	}

	/** The port it listens on: {@code embeddedPort}, or a free one picked at start when that is 0 (tests). */
	int port() {
		return port != 0 ? port : settings.embeddedPort();
	}

	@Override
	public void start() {
		// Moquette reports the configured port, not the bound one, so "0" is resolved here to a free port
		port = settings.embeddedPort() != 0 ? settings.embeddedPort() : freeLoopbackPort();
		Properties properties = new Properties();
		properties.setProperty("host", "127.0.0.1");
		properties.setProperty("port", Integer.toString(port));
		properties.setProperty("websocket_port", "disabled");
		properties.setProperty("allow_anonymous", "false");
		properties.setProperty("persistence_enabled", "false");
		properties.setProperty("telemetry_enabled", "false");
		properties.setProperty("netty.epoll", "false");
		properties.setProperty("netty.mqtt.message_size", "65536");
		Server broker = new Server();
		try {
			broker.startServer(new MemoryConfig(properties), List.of(), null, new DeviceAuthenticator(), new DeviceTopics());
			server = broker;
			log.info("Embedded MQTT broker listening on 127.0.0.1:{}", port());
		}
		catch (IOException | RuntimeException failure) {
			log.error("Embedded MQTT broker could not start on port {}", port, failure);
		}
	}

	private static int freeLoopbackPort() {
		try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return probe.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void stop() {
		if (server != null) {
			server.stopServer();
			server = null;
		}
	}

	@Override
	public boolean isRunning() {
		return server != null;
	}

	/** Starts before the application's own MQTT connection. */
	@Override
	public int getPhase() {
		return Integer.MAX_VALUE - 200;
	}

	private final class DeviceAuthenticator implements IAuthenticator {

		@Override
		public boolean checkValid(String clientId, String username, byte[] password) {
			if (username == null || password == null) {
				return false;
			}
			String secret = new String(password, java.nio.charset.StandardCharsets.UTF_8);
			if (APP_USER.equals(username)) {
				return clientId != null && clientId.startsWith(APP_CLIENT_PREFIX) && appPassword.equals(secret);
			}
			String shown = username.length() > 64 ? username.substring(0, 64) : username;
			// the client id is bound to the device: a device connecting under another's id would take over
			// that device's session (MQTT drops the older connection of a client id)
			if (!username.equals(clientId) || username.regionMatches(true, 0, APP_CLIENT_PREFIX, 0, APP_CLIENT_PREFIX.length())) {
				log.warn("MQTT sign-in refused for {}: the client id must be the device code", shown);
				return false;
			}
			boolean valid = devices.findByCode(username).map(d -> Secrets.matches(secret, d.secretHash())).orElse(false);
			if (!valid) {
				log.warn("MQTT sign-in refused for {}", shown);
			}
			return valid;
		}

	}

	/** A device writes only under its own code (never its command topic) and reads only its commands. */
	private final class DeviceTopics implements IAuthorizatorPolicy {

		@Override
		public boolean canWrite(Topic topic, String user, String client) {
			if (APP_USER.equals(user)) {
				return true;
			}
			String own = settings.topicPrefix() + "/" + user + "/";
			String name = topic.toString();
			return name.startsWith(own) && !name.endsWith("/cmd") && name.indexOf('/', own.length()) < 0;
		}

		@Override
		public boolean canRead(Topic topic, String user, String client) {
			return APP_USER.equals(user) || topic.toString().equals(settings.topic(user, "cmd"));
		}

	}

}
