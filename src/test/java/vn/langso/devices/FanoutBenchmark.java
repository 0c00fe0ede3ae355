package vn.langso.devices;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import vn.langso.LangsoApplication;
import vn.langso.devices.simulator.DeviceSimulator;
import vn.langso.devices.simulator.SimulatedDevice;

/**
 * Benchmark (run by bench/devices-fanout.sh, never by the test suite): the whole application on an
 * in-memory H2, connected to the machine's Mosquitto; N simulated loudspeakers (each its own MQTT
 * connection); one PLAY command fanned out to all; prints the acknowledgement latency distribution
 * (command created → acknowledgement recorded, both on the server's clock).
 */
public final class FanoutBenchmark {

	public static void main(String[] args) throws Exception {
		int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
		String broker = args.length > 1 ? args[1] : "tcp://127.0.0.1:1883";
		int lanes = args.length > 2 ? Integer.parseInt(args[2]) : 4;
		String prefix = "bench-" + UUID.randomUUID().toString().substring(0, 8);
		SpringApplication app = new SpringApplication(LangsoApplication.class);
		String[] settings = {
				"--spring.datasource.url=jdbc:h2:mem:bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
				"--server.port=0", "--langso.demo-data=false", "--langso.data-dir=target/bench-data",
				"--langso.devices.embedded-broker=false", "--langso.devices.broker-url=" + broker,
				"--langso.devices.topic-prefix=" + prefix, "--langso.devices.ack-timeout=PT30S",
				"--langso.devices.inbound-connections=" + lanes,
				"--logging.level.root=WARN", "--logging.level.vn.langso.devices=INFO" };
		try (ConfigurableApplicationContext context = app.run(settings)) {
			Devices devices = context.getBean(Devices.class);
			List<SimulatedDevice> simulated = new ArrayList<>();
			List<Long> ids = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				String code = prefix + "-" + i;
				RegisteredDevice device = devices.register(1L, DeviceForm.of(code, DeviceKind.LOUDSPEAKER_CLUSTER, "Loa " + i, 2L, 120));
				simulated.add(new SimulatedDevice(prefix, code, device.secret(), 120));
				ids.add(device.device().id());
			}
			long connectStart = System.nanoTime();
			try (DeviceSimulator simulator = DeviceSimulator.start(broker, simulated)) {
				System.out.printf("%d simulated speakers connected in %.1f s; the app receives on %d connection(s)%n", count,
						(System.nanoTime() - connectStart) / 1e9, lanes);
				waitUntil(() -> devices.statusCounts(1L).get(DeviceStatus.ONLINE) == count, 120, () -> "online: " + devices.statusCounts(1L));
				// warm-up: one command to every speaker, all acknowledged, so the measured round runs on
				// compiled code and warm connections as it would in a server that has been up for a while
				devices.send(1L, ids, CommandType.VOLUME, Map.of("level", 60), "warm-up", false);
				waitUntil(() -> devices.summary(1L, "warm-up").acknowledged() == count, 120, () -> "warm-up acks: " + devices.summary(1L, "warm-up"));
				long start = System.nanoTime();
				devices.send(1L, ids, CommandType.PLAY, Map.of("url", "http://127.0.0.1/media/bench.wav"), "bench", false);
				long published = System.nanoTime();
				waitUntil(() -> devices.summary(1L, "bench").acknowledged() == count, 120, () -> "acks: " + devices.summary(1L, "bench"));
				long done = System.nanoTime();
				long[] latencies = devices.commands(1L, "bench").stream().mapToLong(CommandView::latencyMillis).sorted().toArray();
				System.out.printf("commands recorded and published: %.0f ms; all %d acknowledged after %.0f ms%n",
						(published - start) / 1e6, latencies.length, (done - start) / 1e6);
				System.out.printf("ack latency ms: p50 %d, p95 %d, p99 %d, max %d%n", pct(latencies, 50), pct(latencies, 95),
						pct(latencies, 99), latencies[latencies.length - 1]);
			}
		}
		System.exit(0);
	}

	private static long pct(long[] sorted, int percentile) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
	}

	private static void waitUntil(java.util.function.BooleanSupplier condition, int seconds,
			java.util.function.Supplier<String> state) throws InterruptedException {
		long deadline = System.nanoTime() + seconds * 1_000_000_000L;
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("timed out; " + state.get());
			}
			Thread.sleep(100);
		}
	}


}
