package vn.langso.identity;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The sign-in state of one account (or unknown login): recent failures, the lock, the trusted address. */
@Entity
@Table(name = "identity_login_failure")
class LoginFailure {

	@Id
	@Column(name = "login_key")
	private String loginKey;

	@Column(nullable = false)
	private int failures;

	@Column(name = "last_failure_at")
	private Instant lastFailureAt;

	@Column(name = "locked_until")
	private Instant lockedUntil;

	@Column(name = "lock_count", nullable = false)
	private int lockCount;

	/** Where the account last signed in with the right password; its lock does not apply there. */
	@Column(name = "trusted_address")
	private String trustedAddress;

	protected LoginFailure() {
	}

	LoginFailure(String loginKey) {
		this.loginKey = loginKey;
	}

	/**
	 * Counts a wrong password. The {@code maxFailures}-th in a row locks the account for
	 * {@code firstLock}, doubled at each further lock up to {@code maxLock}; after {@code forgetAfter}
	 * without failures the count starts again.
	 */
	void record(Instant now, int maxFailures, Duration firstLock, Duration maxLock, Duration forgetAfter) {
		if (lastFailureAt != null && lastFailureAt.plus(forgetAfter).isBefore(now)
				&& (lockedUntil == null || lockedUntil.isBefore(now))) {
			failures = 0;
			lockCount = 0;
		}
		failures++;
		lastFailureAt = now;
		if (failures >= maxFailures) {
			Duration lock = firstLock.multipliedBy(1L << Math.min(lockCount, 20));
			lockedUntil = now.plus(lock.compareTo(maxLock) > 0 ? maxLock : lock);
			lockCount++;
			failures = 0;
		}
	}

	void succeeded(String address) {
		failures = 0;
		lockCount = 0;
		lockedUntil = null;
		trustedAddress = address == null || address.length() > 64 ? null : address;
	}

	boolean lockedAt(Instant now, String address) {
		boolean trusted = trustedAddress != null && trustedAddress.equals(address);
		return lockedUntil != null && lockedUntil.isAfter(now) && !trusted;
	}

}
