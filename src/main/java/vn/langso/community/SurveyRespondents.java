package vn.langso.community;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.langso.identity.AccountView;
import vn.langso.identity.Accounts;
import vn.langso.identity.CurrentUser;
import vn.langso.identity.SmsGateway;
import vn.langso.shared.InvalidInputException;
import vn.langso.shared.PhoneNumber;

/**
 * Who answers a survey, so that each resident answers once: a signed-in citizen is matched to the
 * register by CCCD or phone; anyone else confirms with a one-time code sent by SMS to a phone the
 * register knows in the survey's area.
 */
@Service
@Transactional(readOnly = true)
public class SurveyRespondents {

	private static final Duration CODE_VALIDITY = Duration.ofMinutes(10);

	private static final int MAX_CODE_ATTEMPTS = 5;

	private static final SecureRandom RANDOM = new SecureRandom();

	/** Who answers: the key that makes "once" hold, and the village used for targeting. */
	public record Respondent(String key, Long villageId) {
	}

	private final JdbcClient jdbc;

	private final Accounts accounts;

	private final Residents residents;

	private final SmsGateway sms;

	private final Clock clock;

	SurveyRespondents(JdbcClient jdbc, Accounts accounts, Residents residents, SmsGateway sms, Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.residents = residents;
		this.sms = sms;
		this.clock = clock;
	}

	/** The signed-in person as a respondent: matched to the register by CCCD, else by phone, else their account. */
	public Respondent respondent(CurrentUser user, SurveyView survey) {
		AccountView account = accounts.own(user);
		// only a proven CCCD speaks for a resident of the register (a typed one may be a neighbour's)
		Optional<ResidentView> resident = Optional.ofNullable(account.citizenIdProven() ? account.citizenId() : null)
			.flatMap(residents::byCitizenId)
			.filter(r -> r.communeId() == survey.communeId());
		if (resident.isEmpty() && account.phone() != null) {
			resident = residents.byPhone(survey.communeId(), account.phone()).stream().findFirst();
		}
		if (resident.isPresent()) {
			return new Respondent("resident:" + resident.get().id(), resident.get().villageId());
		}
		if (user.communeId() == null || user.communeId() != survey.communeId()) {
			throw new InvalidInputException("community.survey.notTargeted");
		}
		return new Respondent("account:" + user.accountId(), user.villageId());
	}

	/** Sends a one-time code to a phone the register knows in the survey's area; returns the code's id. */
	@Transactional
	public long sendCode(SurveyView survey, String typedPhone) {
		if (!PhoneNumber.isValid(typedPhone)) {
			throw new InvalidInputException("community.error.badPhone");
		}
		String phone = PhoneNumber.parse(typedPhone).value();
		ResidentView resident = residents.byPhone(survey.communeId(), phone).stream()
			.filter(r -> Surveys.targets(survey, r.villageId()))
			.findFirst()
			.orElseThrow(() -> new InvalidInputException("community.survey.phoneUnknown"));
		String code = String.format("%06d", RANDOM.nextInt(1_000_000));
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into community_survey_code (survey_id, resident_id, code_hash, expires_at, attempts, used)
				values (?, ?, ?, ?, 0, false)""")
			.params(survey.id(), resident.id(), hash(survey.id() + ":" + code),
					Timestamp.from(clock.instant().plus(CODE_VALIDITY)))
			.update(key, "id");
		sms.send(phone, "LangSo: ma xac nhan khao sat cua ban la " + code + " (hieu luc 10 phut).");
		return key.getKey().longValue();
	}

	/** Checks a one-time code; a right code is spent, five wrong ones spend it too. */
	@Transactional
	public Respondent confirmCode(SurveyView survey, long codeId, String code) {
		var row = jdbc.sql("select resident_id, code_hash, expires_at, attempts, used from community_survey_code where id = ? and survey_id = ?")
			.params(codeId, survey.id())
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getInt(4),
					rs.getBoolean(5) })
			.optional()
			.orElseThrow(() -> new InvalidInputException("community.survey.codeWrong"));
		if ((boolean) row[4] || ((Instant) row[2]).isBefore(clock.instant()) || (int) row[3] >= MAX_CODE_ATTEMPTS) {
			throw new InvalidInputException("community.survey.codeExpired");
		}
		if (code == null || !hash(survey.id() + ":" + code.trim()).equals(row[1])) {
			jdbc.sql("update community_survey_code set attempts = attempts + 1 where id = ?").param(codeId).update();
			throw new InvalidInputException("community.survey.codeWrong");
		}
		jdbc.sql("update community_survey_code set used = true where id = ?").param(codeId).update();
		ResidentView r = residents.find((long) row[0]);
		return new Respondent("resident:" + r.id(), r.villageId());
	}

	private static String hash(String value) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
