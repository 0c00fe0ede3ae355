import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Flash crowd: the broadcast operator publishes an EMERGENCY announcement on the portal, then N distinct
 * residents (each its own HTTP client: own connections, no cookies, no browser cache) open it within
 * SECONDS, most of them in the first seconds (arrival i at SECONDS * (i/N)^2: half the commune in the
 * first quarter of the minute). Each resident loads the announcement, the files it links (css, js) and
 * the commune's portal, like a phone opening the link from Zalo. Prints per page p50/p95/p99/max and
 * the achieved rate; the ratio to the health endpoint is measured by bench/flash-crowd.sh with wrk.
 *
 *   java bench/flash-crowd/FlashCrowd.java http://127.0.0.1:18316 2000 60
 */
public class FlashCrowd {

	static final Map<String, ConcurrentLinkedQueue<Long>> LATENCIES = new ConcurrentHashMap<>();

	static final AtomicInteger FAILURES = new AtomicInteger();

	public static void main(String[] args) throws Exception {
		String base = args[0];
		int residents = Integer.parseInt(args.length > 1 ? args[1] : "2000");
		int seconds = Integer.parseInt(args.length > 2 ? args[2] : "60");
		String slug = args.length > 3 ? args[3] : "binh-hoa";

		long id = publishEmergency(base, slug);
		String announcement = "/xa/" + slug + "/thong-bao/" + id;
		System.out.printf("published emergency announcement %s%s%n", base, announcement);

		long start = System.nanoTime();
		try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int i = 0; i < residents; i++) {
				long arrival = (long) (seconds * 1e9 * Math.pow((double) i / residents, 2));
				threads.submit(() -> {
					sleepUntil(start + arrival);
					resident(base, announcement, "/xa/" + slug);
					return null;
				});
			}
		}
		double elapsed = (System.nanoTime() - start) / 1e9;
		int requests = LATENCIES.values().stream().mapToInt(ConcurrentLinkedQueue::size).sum();
		System.out.printf("%d residents in %.1f s: %d requests (%.0f requests/s on average), %d failed%n", residents,
				elapsed, requests, requests / elapsed, FAILURES.get());
		for (Map.Entry<String, ConcurrentLinkedQueue<Long>> kind : new java.util.TreeMap<>(LATENCIES).entrySet()) {
			List<Long> sorted = new ArrayList<>(kind.getValue());
			Collections.sort(sorted);
			System.out.printf("RESULT %-22s n=%5d  p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms  max %7.1f ms%n", kind.getKey(),
					sorted.size(), ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99), sorted.getLast() / 1e6);
		}
	}

	/** One phone: the announcement, the files it links, then the portal; a fresh client, so fresh connections. */
	static void resident(String base, String announcement, String portal) {
		try (HttpClient phone = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()) {
			String html = fetch(phone, base, announcement, "announcement");
			if (html == null) {
				return;
			}
			Matcher linked = Pattern.compile("(?:href|src)=\"(/(?:css|js|webjars)/[^\"]+)\"").matcher(html);
			Set<String> files = new LinkedHashSet<>();
			while (linked.find()) {
				files.add(linked.group(1));
			}
			for (String file : files) {
				fetch(phone, base, file, file.endsWith(".css") ? "css" : "js");
			}
			fetch(phone, base, portal, "portal");
		}
	}

	static String fetch(HttpClient phone, String base, String path, String kind) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
			.header("Accept-Encoding", "gzip").header("User-Agent", "flash-crowd resident").build();
		long sent = System.nanoTime();
		try {
			HttpResponse<byte[]> response = phone.send(request, HttpResponse.BodyHandlers.ofByteArray());
			LATENCIES.computeIfAbsent(kind, k -> new ConcurrentLinkedQueue<>()).add(System.nanoTime() - sent);
			if (response.statusCode() != 200) {
				FAILURES.incrementAndGet();
				return null;
			}
			byte[] body = response.body();
			if ("gzip".equals(response.headers().firstValue("Content-Encoding").orElse(""))) {
				body = new GZIPInputStream(new ByteArrayInputStream(body)).readAllBytes();
			}
			return new String(body, StandardCharsets.UTF_8);
		}
		catch (IOException | InterruptedException failed) {
			FAILURES.incrementAndGet();
			return null;
		}
	}

	/** Signs in as the demo broadcast operator and publishes an EMERGENCY announcement to every village, portal + in-app. */
	static long publishEmergency(String base, String slug) throws Exception {
		HttpClient operator = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String signIn = get(operator, base + "/dang-nhap");
		post(operator, base + "/dang-nhap", Map.of("_csrf", List.of(csrf(signIn)), "login", List.of("truyenthanh"),
				"password", List.of("LangSo@2026")));
		String form = get(operator, base + "/staff/truyen-thanh/moi");
		List<String> villages = new ArrayList<>();
		Matcher village = Pattern.compile("name=\"villageIds\" value=\"(\\d+)\"|value=\"(\\d+)\"[^>]*name=\"villageIds\"").matcher(form);
		while (village.find()) {
			villages.add(village.group(1) != null ? village.group(1) : village.group(2));
		}
		if (villages.isEmpty()) {
			throw new IllegalStateException("the operator's form lists no village (did the sign-in work?)");
		}
		Map<String, List<String>> fields = new LinkedHashMap<>();
		fields.put("_csrf", List.of(csrf(form)));
		fields.put("title", List.of("Cảnh báo bão số 9: sơ tán khỏi vùng trũng trước 17 giờ"));
		fields.put("body", List.of("Bão số 9 đổ bộ đêm nay. Các hộ ven sông di chuyển đến nhà văn hóa xóm trước 17 giờ."));
		fields.put("urgency", List.of("EMERGENCY"));
		fields.put("channels", List.of("PORTAL", "IN_APP"));
		fields.put("villageIds", villages);
		fields.put("validHours", List.of("24"));
		HttpResponse<String> published = post(operator, base + "/staff/truyen-thanh/moi", fields);
		String location = published.headers().firstValue("Location")
			.orElseThrow(() -> new IllegalStateException("publishing answered " + published.statusCode()));
		return Long.parseLong(location.replaceAll(".*/", ""));
	}

	static String csrf(String html) {
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
		if (!token.find()) {
			throw new IllegalStateException("no CSRF token on the page");
		}
		return token.group(1);
	}

	static String get(HttpClient client, String url) throws Exception {
		return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
	}

	static HttpResponse<String> post(HttpClient client, String url, Map<String, List<String>> fields) throws Exception {
		StringBuilder body = new StringBuilder();
		fields.forEach((name, values) -> values.forEach(value -> body.append(body.isEmpty() ? "" : "&")
			.append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8))));
		return client.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
	}

	static void sleepUntil(long nanoTime) throws InterruptedException {
		long wait = nanoTime - System.nanoTime();
		if (wait > 0) {
			Thread.sleep(Duration.ofNanos(wait));
		}
	}

	static double ms(List<Long> sorted, double quantile) {
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1)) / 1e6;
	}

}
