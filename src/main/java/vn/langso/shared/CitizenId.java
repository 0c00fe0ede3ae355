package vn.langso.shared;

import java.time.Year;
import java.util.Optional;

/**
 * The 12-digit personal identification number printed on the CCCD card: {@code PPP G YY RRRRRR}
 * (birth-registration province, century and sex, last two digits of the birth year, random part).
 * There is no check digit, so validation is structural: a known province range and a century digit
 * that does not place the birth in the future.
 */
public record CitizenId(String value) {

	public enum Sex { MALE, FEMALE }

	public CitizenId {
		Optional<String> problem = problemWith(value);
		if (problem.isPresent()) {
			throw new IllegalArgumentException(problem.get());
		}
	}

	public static boolean isValid(String candidate) {
		return problemWith(candidate).isEmpty();
	}

	/** A short English reason why the candidate is not a CCCD number; empty when it is one. */
	public static Optional<String> problemWith(String candidate) {
		if (candidate == null || !candidate.matches("\\d{12}")) {
			return Optional.of("must be exactly 12 digits");
		}
		int province = Integer.parseInt(candidate.substring(0, 3));
		if (province < 1 || province > 96) {
			return Optional.of("province code must be 001-096");
		}
		int birthYear = birthYearOf(candidate);
		if (birthYear > Year.now().getValue()) {
			return Optional.of("century digit and year place the birth in the future");
		}
		return Optional.empty();
	}

	public int provinceCode() {
		return Integer.parseInt(value.substring(0, 3));
	}

	public int birthYear() {
		return birthYearOf(value);
	}

	public Sex sex() {
		return (value.charAt(3) - '0') % 2 == 0 ? Sex.MALE : Sex.FEMALE;
	}

	/** The number with all but the last three digits hidden, for screens that only confirm identity. */
	public String masked() {
		return "*********" + value.substring(9);
	}

	private static int birthYearOf(String digits) {
		int centuryDigit = digits.charAt(3) - '0';
		int century = 1900 + (centuryDigit / 2) * 100;
		return century + Integer.parseInt(digits.substring(4, 6));
	}

	@Override
	public String toString() {
		return value;
	}

}
