package vn.langso.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class LoginFailureTests {

	static final Duration MINUTE = Duration.ofMinutes(1);

	static final Duration MAX = Duration.ofMinutes(15);

	final Instant start = Instant.parse("2026-12-08T01:00:00Z");

	@Test
	void eachLockInARowLastsTwiceAsLongUpToTheMaximum() {
		LoginFailure account = new LoginFailure("account:1");
		Instant now = start;
		long[] expectedMinutes = { 1, 2, 4, 8, 15, 15 };
		for (long minutes : expectedMinutes) {
			for (int i = 0; i < 5; i++) {
				account.record(now, 5, MINUTE, MAX, MAX);
			}
			assertThat(account.lockedAt(now.plus(Duration.ofMinutes(minutes)).minusSeconds(1), "203.0.113.1")).isTrue();
			assertThat(account.lockedAt(now.plus(Duration.ofMinutes(minutes)), "203.0.113.1")).isFalse();
			now = now.plus(Duration.ofMinutes(minutes));
		}
	}

	@Test
	void theLockNeverAppliesToTheAddressOfTheLastGoodSignIn() {
		LoginFailure account = new LoginFailure("account:1");
		account.succeeded("10.0.0.5");
		for (int i = 0; i < 5; i++) {
			account.record(start, 5, MINUTE, MAX, MAX);
		}
		assertThat(account.lockedAt(start, "203.0.113.1")).isTrue();
		assertThat(account.lockedAt(start, "10.0.0.5")).isFalse();
	}

	@Test
	void aGoodPasswordClearsTheCountAndTheLocks() {
		LoginFailure account = new LoginFailure("account:1");
		for (int i = 0; i < 4; i++) {
			account.record(start, 5, MINUTE, MAX, MAX);
		}
		account.succeeded("10.0.0.5");
		account.record(start, 5, MINUTE, MAX, MAX);
		assertThat(account.lockedAt(start, "203.0.113.1")).isFalse();
	}

}
