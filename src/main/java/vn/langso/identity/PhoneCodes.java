package vn.langso.identity;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Proves that a person holds a phone: a six-digit code by text message ({@link SmsGateway}), valid ten
 * minutes, five tries, at most five codes per phone and purpose an hour. Only a hash is stored, in the
 * shared database, so any node can check a code another node sent. Runs in the caller's transaction.
 */
@Component
class PhoneCodes {

	static final Duration VALIDITY = Duration.ofMinutes(10);

	static final int MAX_ATTEMPTS = 5;

	static final int MAX_CODES_PER_HOUR = 5;

	private final JdbcClient jdbc;

	private final SmsGateway sms;

	private final PasswordEncoder hashes;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	PhoneCodes(JdbcClient jdbc, SmsGateway sms, PasswordEncoder hashes, Clock clock) {
		this.jdbc = jdbc;
		this.sms = sms;
		this.hashes = hashes;
		this.clock = clock;
	}

	/** Sends a fresh code; {@code message} holds one {@code %s} for it. Refused past the hourly limit. */
	void send(String phone, String purpose, String message) {
		Instant now = clock.instant();
		long lastHour = jdbc.sql("select count(*) from identity_phone_code where phone = ? and purpose = ? and created_at > ?")
			.params(phone, purpose, Timestamp.from(now.minus(Duration.ofHours(1)))).query(Long.class).single();
		if (lastHour >= MAX_CODES_PER_HOUR) {
			throw new RegistrationRefused(List.of(new FieldProblem("code", "validation.code.tooMany")));
		}
		String code = String.format("%06d", random.nextInt(1_000_000));
		jdbc.sql("""
				insert into identity_phone_code (phone, purpose, code_hash, created_at, expires_at, attempts, used)
				values (?, ?, ?, ?, ?, 0, false)""")
			.params(phone, purpose, hashes.encode(code), Timestamp.from(now), Timestamp.from(now.plus(VALIDITY)))
			.update();
		sms.send(phone, message.formatted(code));
	}

	/**
	 * Spends the latest code sent to the phone for this purpose when {@code typed} is it; a wrong code
	 * counts a try (the caller must not roll that back) and is refused on the {@code code} field.
	 */
	void confirm(String phone, String purpose, String typed) {
		var latest = jdbc.sql("""
				select id, code_hash, expires_at, attempts, used from identity_phone_code
				 where phone = ? and purpose = ? order by created_at desc, id desc fetch first 1 rows only""")
			.params(phone, purpose)
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getInt(4),
					rs.getBoolean(5) })
			.list().stream().findFirst()
			.filter(row -> !(boolean) row[4] && (int) row[3] < MAX_ATTEMPTS && clock.instant().isBefore((Instant) row[2]))
			.orElseThrow(() -> new RegistrationRefused(List.of(new FieldProblem("code", "validation.code.expired"))));
		long id = (long) latest[0];
		if (typed == null || !typed.strip().matches("\\d{6}") || !hashes.matches(typed.strip(), (String) latest[1])) {
			jdbc.sql("update identity_phone_code set attempts = attempts + 1 where id = ?").param(id).update();
			throw new RegistrationRefused(List.of(new FieldProblem("code", "validation.code.wrong")));
		}
		jdbc.sql("update identity_phone_code set used = true where id = ?").param(id).update();
	}

}
