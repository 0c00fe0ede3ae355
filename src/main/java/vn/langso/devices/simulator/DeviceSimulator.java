package vn.langso.devices.simulator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Hundreds of fake devices at once, for demos, tests and load benchmarks. As a program:
 * {@code java -cp ... vn.langso.devices.simulator.DeviceSimulator tcp://127.0.0.1:1884 langso devices.csv}
 * where each line of the CSV is {@code code,secret[,heartbeatSeconds]} (the secrets staff received at
 * registration). It runs until stopped.
 */
public final class DeviceSimulator implements AutoCloseable {

	private final List<SimulatedDevice> devices;

	private final ScheduledExecutorService timer = Executors.newScheduledThreadPool(4,
			Thread.ofPlatform().name("sim-heartbeat-", 0).daemon().factory());

	private DeviceSimulator(List<SimulatedDevice> devices) {
		this.devices = devices;
	}

	/** Connects every device (16 at a time) and returns when all are online. */
	public static DeviceSimulator start(String brokerUrl, List<SimulatedDevice> devices) throws Exception {
		DeviceSimulator simulator = new DeviceSimulator(devices);
		try (ExecutorService connecting = Executors.newFixedThreadPool(16)) {
			List<Future<?>> done = new ArrayList<>();
			for (SimulatedDevice device : devices) {
				done.add(connecting.submit(() -> {
					device.connect(brokerUrl, simulator.timer);
					return null;
				}));
			}
			for (Future<?> future : done) {
				future.get();
			}
		}
		return simulator;
	}

	public List<SimulatedDevice> devices() {
		return devices;
	}

	@Override
	public void close() {
		try (ExecutorService closing = Executors.newFixedThreadPool(16)) {
			devices.forEach(device -> closing.submit(device::disconnect));
		}
		timer.shutdownNow();
	}

	public static void main(String[] args) throws Exception {
		if (args.length < 3) {
			System.err.println("usage: DeviceSimulator <brokerUrl> <topicPrefix> <devices.csv>");
			System.exit(2);
		}
		List<SimulatedDevice> devices = read(args[1], Path.of(args[2]));
		DeviceSimulator simulator = start(args[0], devices);
		System.out.println(devices.size() + " simulated devices online at " + args[0] + "; Ctrl-C to stop");
		Runtime.getRuntime().addShutdownHook(new Thread(simulator::close));
		Thread.currentThread().join();
	}

	static List<SimulatedDevice> read(String prefix, Path csv) throws IOException {
		List<SimulatedDevice> devices = new ArrayList<>();
		for (String line : Files.readAllLines(csv)) {
			String[] cells = line.strip().split(",");
			if (cells.length < 2 || line.startsWith("#")) {
				continue;
			}
			int heartbeat = cells.length > 2 ? Integer.parseInt(cells[2].strip()) : 30;
			devices.add(new SimulatedDevice(prefix, cells[0].strip(), cells[1].strip(), heartbeat));
		}
		return devices;
	}

}
