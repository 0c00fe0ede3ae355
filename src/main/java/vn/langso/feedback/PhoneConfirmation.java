package vn.langso.feedback;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.langso.identity.SmsGateway;
import vn.langso.shared.InvalidInputException;
import vn.langso.shared.PhoneNumber;

/**
 * Confirms that an anonymous reporter holds the phone they typed: a six-digit code by text message,
 * valid ten minutes, five tries, at most five codes per phone per hour.
 */
@Service
@Transactional
public class PhoneConfirmation {

	static final Duration VALIDITY = Duration.ofMinutes(10);

	static final int MAX_ATTEMPTS = 5;

	static final int MAX_CODES_PER_HOUR = 5;

	private final PhoneCodeRepository codes;

	private final SmsGateway sms;

	private final PasswordEncoder hashes;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	PhoneConfirmation(PhoneCodeRepository codes, SmsGateway sms, PasswordEncoder hashes, Clock clock) {
		this.codes = codes;
		this.sms = sms;
		this.hashes = hashes;
		this.clock = clock;
	}

	/** Sends a new code and returns the phone in its national form. */
	public String sendCode(String typedPhone) {
		if (!PhoneNumber.isValid(typedPhone)) {
			throw new InvalidInputException("validation.phone.invalid");
		}
		String phone = PhoneNumber.parse(typedPhone).value();
		Instant now = clock.instant();
		if (codes.countByPhoneAndCreatedAtAfter(phone, now.minus(Duration.ofHours(1))) >= MAX_CODES_PER_HOUR) {
			throw new InvalidInputException("feedback.otp.tooMany");
		}
		String code = String.format("%06d", random.nextInt(1_000_000));
		codes.save(new PhoneCode(phone, hashes.encode(code), now, now.plus(VALIDITY)));
		sms.send(phone, "LangSo: ma xac nhan phan anh cua ban la " + code + " (hieu luc 10 phut).");
		return phone;
	}

	/** True, once, when the code is the latest one sent to the phone and still valid. */
	@Transactional(noRollbackFor = InvalidInputException.class)
	public String confirm(String typedPhone, String code) {
		if (!PhoneNumber.isValid(typedPhone)) {
			throw new InvalidInputException("validation.phone.invalid");
		}
		String phone = PhoneNumber.parse(typedPhone).value();
		PhoneCode latest = codes.findFirstByPhoneOrderByCreatedAtDescIdDesc(phone)
			.filter(c -> c.usable(clock.instant(), MAX_ATTEMPTS))
			.orElseThrow(() -> new InvalidInputException("feedback.otp.expired"));
		if (code == null || !code.trim().matches("\\d{6}") || !hashes.matches(code.trim(), latest.codeHash())) {
			latest.failedAttempt();
			throw new InvalidInputException("feedback.otp.wrong");
		}
		latest.use();
		return phone;
	}

}
