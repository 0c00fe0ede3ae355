package vn.langso.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class AddressThrottleTests {

	/** A clock the test moves by hand. */
	static final class MovableClock extends Clock {

		Instant now = Instant.parse("2026-12-08T01:00:00Z");

		@Override
		public ZoneId getZone() {
			return ZoneId.of("Asia/Ho_Chi_Minh");
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

	@Test
	void anAddressIsRefusedWhenItsBucketIsSpentAndGetsGuessesBackAsTimePasses() {
		MovableClock clock = new MovableClock();
		AddressThrottle throttle = new AddressThrottle(clock, 20, 15);
		for (int i = 0; i < 19; i++) {
			throttle.failed("203.0.113.1");
		}
		assertThat(throttle.blocked("203.0.113.1")).isFalse();
		throttle.failed("203.0.113.1");
		assertThat(throttle.blocked("203.0.113.1")).isTrue();
		assertThat(throttle.blocked("203.0.113.2")).as("another address").isFalse();
		// 20 tokens per 15 minutes drip back one every 45 seconds
		clock.now = clock.now.plus(Duration.ofSeconds(46));
		assertThat(throttle.blocked("203.0.113.1")).isFalse();
		throttle.failed("203.0.113.1");
		assertThat(throttle.blocked("203.0.113.1")).isTrue();
	}

}
