package vn.langso.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing: after {@code maxFailures} wrong passwords for one login within the
 * window, that login is locked for a while, even for the right password. Counted per login name
 * (known or not, so it reveals nothing) and in the database, so every node agrees.
 */
@Service
public class LoginThrottle {

	private final LoginFailureRepository failures;

	private final Clock clock;

	private final int maxFailures;

	private final Duration lockFor;

	LoginThrottle(LoginFailureRepository failures, Clock clock,
			@Value("${langso.login.max-failures:5}") int maxFailures,
			@Value("${langso.login.lock-minutes:15}") long lockMinutes) {
		this.failures = failures;
		this.clock = clock;
		this.maxFailures = maxFailures;
		this.lockFor = Duration.ofMinutes(lockMinutes);
	}

	@Transactional(readOnly = true)
	public boolean isLocked(String login) {
		return failures.findById(key(login)).map(f -> f.lockedAt(clock.instant())).orElse(false);
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordFailure(String login) {
		String key = key(login);
		LoginFailure failure = failures.findById(key).orElseGet(() -> new LoginFailure(key));
		failure.record(clock.instant(), maxFailures, lockFor, lockFor);
		failures.save(failure);
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordSuccess(String login) {
		failures.deleteById(key(login));
	}

	public long lockMinutes() {
		return lockFor.toMinutes();
	}

	private static String key(String login) {
		String trimmed = login == null ? "" : login.trim().toLowerCase(Locale.ROOT);
		return trimmed.length() > 120 ? trimmed.substring(0, 120) : trimmed;
	}

}
