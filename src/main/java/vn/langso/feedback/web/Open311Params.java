package vn.langso.feedback.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.http.HttpStatus;

/** Reading Open311 parameters: each bad value is a 400 in the spec's format naming the parameter. */
final class Open311Params {

	static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private Open311Params() {
	}

	/** {@code open}, {@code closed} or both (comma-separated): true closed only, false open only, null both. */
	static Boolean status(String status) {
		if (blank(status)) {
			return null;
		}
		Set<String> wanted = new LinkedHashSet<>();
		for (String s : status.split(",")) {
			String value = s.trim().toLowerCase(Locale.ROOT);
			if (!value.equals("open") && !value.equals("closed")) {
				throw new Open311Error(HttpStatus.BAD_REQUEST, "status must be open or closed");
			}
			wanted.add(value);
		}
		return wanted.size() == 2 ? null : wanted.contains("closed");
	}

	/** An ISO 8601 date-time with offset, or a plain date (midnight in Vietnam). */
	static Instant date(String name, String text) {
		try {
			return OffsetDateTime.parse(text.trim(), ISO).toInstant();
		}
		catch (DateTimeParseException | NullPointerException ex) {
			try {
				return LocalDate.parse(text.trim()).atStartOfDay(VIETNAM).toInstant();
			}
			catch (DateTimeParseException | NullPointerException again) {
				throw new Open311Error(HttpStatus.BAD_REQUEST, name + " is not an ISO 8601 date");
			}
		}
	}

	static Double coordinate(String name, String text, double limit) {
		if (blank(text)) {
			return null;
		}
		double value;
		try {
			value = Double.parseDouble(text.trim());
		}
		catch (NumberFormatException ex) {
			throw new Open311Error(HttpStatus.BAD_REQUEST, name + " is not a number");
		}
		if (Double.isNaN(value) || value < -limit || value > limit) {
			throw new Open311Error(HttpStatus.BAD_REQUEST, name + " is out of range");
		}
		return value;
	}

	static long parseId(String text) {
		try {
			return Long.parseLong(text);
		}
		catch (NumberFormatException ex) {
			throw new Open311Error(HttpStatus.BAD_REQUEST, "service_request_id " + text + " is not a number");
		}
	}

	/** A whole-number parameter between 1 and {@code max}; {@code fallback} when absent. */
	static int number(Map<String, String> params, String name, int fallback, int max) {
		String text = params.get(name);
		if (blank(text)) {
			return fallback;
		}
		try {
			int value = Integer.parseInt(text.trim());
			if (value >= 1 && value <= max) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// refused below
		}
		throw new Open311Error(HttpStatus.BAD_REQUEST, name + " must be a whole number from 1 to " + max);
	}

	static Map<String, Object> ordered(String k1, Object v1, String k2, Object v2) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put(k1, v1);
		m.put(k2, v2);
		return m;
	}

	static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	static String nz(String text) {
		return text == null ? "" : text.strip();
	}

}
