package vn.langso.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins per client address, in a Bucket4j token bucket each: an address that spends its
 * bucket (guessing one account or many) is refused until tokens drip back. This is what stops an
 * attacker without touching the accounts they aim at. Kept in memory, per node: several nodes give an
 * attacker a few more guesses, never a lock on anyone else.
 */
@Component
class AddressThrottle {

	/** Past this many remembered addresses, the ones with a full bucket (nothing to remember) go. */
	private static final int MAX_ADDRESSES = 50_000;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	private final TimeMeter time;

	private final long capacity;

	private final Duration window;

	AddressThrottle(Clock clock, @Value("${langso.login.address-max-failures:20}") long capacity,
			@Value("${langso.login.address-window-minutes:15}") long windowMinutes) {
		this.time = new ClockTime(clock);
		this.capacity = capacity;
		this.window = Duration.ofMinutes(windowMinutes);
	}

	boolean blocked(String address) {
		Bucket bucket = buckets.get(key(address));
		return bucket != null && bucket.getAvailableTokens() <= 0;
	}

	void failed(String address) {
		if (buckets.size() > MAX_ADDRESSES) {
			buckets.values().removeIf(b -> b.getAvailableTokens() >= capacity);
		}
		buckets.computeIfAbsent(key(address), a -> Bucket.builder()
			.withCustomTimePrecision(time)
			.addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, window))
			.build()).tryConsume(1);
	}

	private static String key(String address) {
		return address == null || address.isBlank() ? "unknown" : address.strip();
	}

	/** The application's clock as Bucket4j's time, so that tests can move it. */
	private record ClockTime(Clock clock) implements TimeMeter {

		@Override
		public long currentTimeNanos() {
			return clock.millis() * 1_000_000;
		}

		@Override
		public boolean isWallClockBased() {
			return true;
		}

	}

}
