package vn.langso.economy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A small time-limited cache for what the public trace page shows of slow-changing things (product,
 * producer, commune, growing area): a label scanned a thousand times a day reads them once a minute,
 * only the batch and its events are read each time. Entries are few (one per product, producer, area).
 */
final class ReferenceCache {

	private record Entry(Object value, Instant expires) {
	}

	private static final int MAX_ENTRIES = 10_000;

	private final Map<String, Entry> entries = new ConcurrentHashMap<>();

	private final Clock clock;

	private final Duration ttl;

	ReferenceCache(Clock clock, Duration ttl) {
		this.clock = clock;
		this.ttl = ttl;
	}

	@SuppressWarnings("unchecked")
	<T> T get(String key, Supplier<T> loader) {
		Instant now = clock.instant();
		Entry entry = entries.get(key);
		if (entry != null && entry.expires().isAfter(now)) {
			return (T) entry.value();
		}
		T value = loader.get();
		if (entries.size() >= MAX_ENTRIES) {
			entries.clear();
		}
		entries.put(key, new Entry(value, now.plus(ttl)));
		return value;
	}

	void forget(String key) {
		entries.remove(key);
	}

	void clear() {
		entries.clear();
	}

}
