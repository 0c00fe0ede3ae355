import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Warm-up pass of bench/economy-trace.sh: opens every trace page /01/02900001000017/10/B000001..B{batches}
 * once, {connections} at a time (gzip accepted, as phones do), and prints how many answered 200 and how long
 * it took. Usage: java bench/TraceWarm.java http://127.0.0.1:8107 100000 32
 */
public class TraceWarm {

	public static void main(String[] args) throws Exception {
		String base = args[0];
		int batches = Integer.parseInt(args[1]);
		int connections = Integer.parseInt(args[2]);
		HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		Semaphore slots = new Semaphore(connections);
		AtomicInteger ok = new AtomicInteger();
		AtomicInteger other = new AtomicInteger();
		long start = System.nanoTime();
		try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int i = 1; i <= batches; i++) {
				String path = String.format("/01/02900001000017/10/B%06d", i);
				slots.acquire();
				executor.submit(() -> {
					try {
						HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Encoding", "gzip").build();
						int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
						(status == 200 ? ok : other).incrementAndGet();
					}
					catch (Exception ex) {
						other.incrementAndGet();
					}
					finally {
						slots.release();
					}
				});
			}
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		System.out.printf("warm-up: %d pages in %.1f s (%.0f/s), %d answered 200, %d otherwise%n", batches, seconds,
				batches / seconds, ok.get(), other.get());
	}

}
