package vn.langso.identity;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "identity_login_failure")
class LoginFailure {

	@Id
	@Column(name = "login_key")
	private String loginKey;

	@Column(nullable = false)
	private int failures;

	@Column(name = "last_failure_at", nullable = false)
	private Instant lastFailureAt;

	@Column(name = "locked_until")
	private Instant lockedUntil;

	protected LoginFailure() {
	}

	LoginFailure(String loginKey) {
		this.loginKey = loginKey;
	}

	void record(Instant now, int maxFailures, Duration lockFor, Duration forgetAfter) {
		if (lastFailureAt != null && lastFailureAt.plus(forgetAfter).isBefore(now)) {
			failures = 0;
		}
		failures++;
		lastFailureAt = now;
		if (failures >= maxFailures) {
			lockedUntil = now.plus(lockFor);
			failures = 0;
		}
	}

	boolean lockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

}
