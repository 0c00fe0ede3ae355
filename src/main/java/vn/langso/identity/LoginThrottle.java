package vn.langso.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.langso.shared.PhoneNumber;

/**
 * Slows down password guessing on two keys. Per client address ({@link AddressThrottle}): an address
 * that fails too often is refused whatever it types. Per account, resolved from what was typed (so
 * {@code +84 912…}, {@code 0912.345…} and the CCCD number all count against the same person): after
 * {@code maxFailures} wrong passwords the account is locked for a short while, each lock in a row twice
 * as long up to {@code lock-minutes}, but never for the address it last signed in from, so that
 * someone hammering an official's login cannot lock the official out of their own office.
 * Counted in the database, so every node agrees; an unknown login is counted like a known one.
 */
@Service
public class LoginThrottle {

	private final LoginFailureRepository failures;

	private final AccountSignIn accounts;

	private final AddressThrottle addresses;

	private final Clock clock;

	private final int maxFailures;

	private final Duration firstLock;

	private final Duration maxLock;

	LoginThrottle(LoginFailureRepository failures, AccountSignIn accounts, AddressThrottle addresses, Clock clock,
			@Value("${langso.login.max-failures:5}") int maxFailures,
			@Value("${langso.login.first-lock-minutes:1}") long firstLockMinutes,
			@Value("${langso.login.lock-minutes:15}") long lockMinutes) {
		this.failures = failures;
		this.accounts = accounts;
		this.addresses = addresses;
		this.clock = clock;
		this.maxFailures = maxFailures;
		this.firstLock = Duration.ofMinutes(firstLockMinutes);
		this.maxLock = Duration.ofMinutes(lockMinutes);
	}

	/** Whether a sign-in with this login from this client address is refused before its password is checked. */
	@Transactional(readOnly = true)
	public boolean isLocked(String login, String address) {
		if (addresses.blocked(address)) {
			return true;
		}
		return failures.findById(key(login)).map(f -> f.lockedAt(clock.instant(), address)).orElse(false);
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordFailure(String login, String address) {
		addresses.failed(address);
		String key = key(login);
		LoginFailure failure = failures.findById(key).orElseGet(() -> new LoginFailure(key));
		failure.record(clock.instant(), maxFailures, firstLock, maxLock, maxLock);
		failures.save(failure);
	}

	/** A good password: the account's count and lock go, and this address becomes the one it trusts. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordSuccess(String login, String address) {
		String key = key(login);
		LoginFailure state = failures.findById(key).orElseGet(() -> new LoginFailure(key));
		state.succeeded(address);
		failures.save(state);
	}

	/** The longest an account stays locked, for the sign-in page's message. */
	public long lockMinutes() {
		return maxLock.toMinutes();
	}

	private String key(String login) {
		String typed = login == null ? "" : login.trim();
		return accounts.accountIdOf(typed).map(id -> "account:" + id).orElseGet(() -> {
			String normalised = PhoneNumber.isValid(typed) ? PhoneNumber.parse(typed).value() : typed.toLowerCase(Locale.ROOT);
			String key = "login:" + normalised;
			return key.length() > 120 ? key.substring(0, 120) : key;
		});
	}

}
