import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Times GET /open311/v2/requests.json against a running LàngSố: a warm-up, then sequential requests
 * per query shape; prints count, p50, p95, p99 and max in milliseconds and the body size.
 * Usage: java bench/feedback/Open311Bench.java http://127.0.0.1:8104 [requestsPerShape]
 */
public class Open311Bench {

	public static void main(String[] args) throws Exception {
		String base = args.length > 0 ? args[0] : "http://127.0.0.1:8104";
		int n = args.length > 1 ? Integer.parseInt(args[1]) : 500;
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		String end = OffsetDateTime.now(ZoneOffset.ofHours(7)).minusDays(30).withNano(0).toString();
		String start = OffsetDateTime.now(ZoneOffset.ofHours(7)).minusDays(60).withNano(0).toString();
		List<String[]> shapes = List.of(
				new String[] { "default (last 90 days, newest 1000)", "/open311/v2/requests.json" },
				new String[] { "service_code filter", "/open311/v2/requests.json?service_code=moi-truong-rac-thai" },
				new String[] { "status=closed", "/open311/v2/requests.json?status=closed" },
				new String[] { "start_date/end_date window", "/open311/v2/requests.json?start_date=" + enc(start) + "&end_date=" + enc(end) },
				new String[] { "page=5&page_size=100", "/open311/v2/requests.json?page=5&page_size=100" },
				new String[] { "20 ids by service_request_id", "/open311/v2/requests.json?service_request_id=" + ids(http, base) });
		for (int i = 0; i < 100; i++) {
			for (String[] shape : shapes) {
				get(http, base + shape[1]);
			}
		}
		System.out.printf("%-40s %6s %8s %8s %8s %8s %10s %6s%n", "query", "n", "p50 ms", "p95 ms", "p99 ms", "max ms", "bytes", "items");
		double defaultP95 = 0;
		for (String[] shape : shapes) {
			double[] ms = new double[n];
			int bytes = 0;
			int items = 0;
			for (int i = 0; i < n; i++) {
				long t0 = System.nanoTime();
				String body = get(http, base + shape[1]);
				ms[i] = (System.nanoTime() - t0) / 1e6;
				bytes = body.length();
				items = body.split("\"service_request_id\"", -1).length - 1;
			}
			Arrays.sort(ms);
			System.out.printf("%-40s %6d %8.1f %8.1f %8.1f %8.1f %10d %6d%n", shape[0], n, pct(ms, 50), pct(ms, 95),
					pct(ms, 99), ms[n - 1], bytes, items);
			if (shape == shapes.getFirst()) {
				defaultP95 = pct(ms, 95);
			}
		}
		System.out.printf("target: default query p95 < 50 ms -> %.1f ms, %s%n", defaultP95,
				defaultP95 < 50 ? "met" : "NOT met");
	}

	static String ids(HttpClient http, String base) throws Exception {
		String body = get(http, base + "/open311/v2/requests.json?status=closed");
		List<String> ids = new ArrayList<>();
		for (String part : body.split("\"service_request_id\":\"")) {
			if (ids.size() < 21 && Character.isDigit(part.charAt(0))) {
				ids.add(part.substring(0, part.indexOf('"')));
			}
		}
		return String.join(",", ids.subList(0, Math.min(20, ids.size())));
	}

	static String get(HttpClient http, String url) throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(url + " -> " + response.statusCode() + " " + response.body());
		}
		return response.body();
	}

	static double pct(double[] sorted, int p) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
	}

	static String enc(String s) {
		return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
	}

}
