package vn.langso.dashboard;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;

/** One reporting period: [start, end) in the commune's calendar. */
public record Period(PeriodType type, LocalDate start) {

	public LocalDate end() {
		return type.next(start);
	}

	public Period previous() {
		return new Period(type, type.previous(start));
	}

	/** 2026-11, 2026-Q4 or 2026. */
	public String code() {
		return switch (type) {
			case MONTH -> "%d-%02d".formatted(start.getYear(), start.getMonthValue());
			case QUARTER -> "%d-Q%d".formatted(start.getYear(), start.get(IsoFields.QUARTER_OF_YEAR));
			case YEAR -> Integer.toString(start.getYear());
		};
	}

	/** How people write it: 11/2026, Q4/2026, 2026. */
	public String label() {
		return switch (type) {
			case MONTH -> "%02d/%d".formatted(start.getMonthValue(), start.getYear());
			case QUARTER -> "Q%d/%d".formatted(start.get(IsoFields.QUARTER_OF_YEAR), start.getYear());
			case YEAR -> Integer.toString(start.getYear());
		};
	}

	/** This period and the {@code count - 1} before it, oldest first. */
	public List<Period> lastPeriods(int count) {
		List<Period> periods = new ArrayList<>();
		Period p = this;
		for (int i = 0; i < count; i++) {
			periods.addFirst(p);
			p = p.previous();
		}
		return periods;
	}

	/** The month named 2026-11 (pages take the month; other types use the period that contains it). */
	public static LocalDate parseMonth(String code) {
		if (code == null || !code.matches("\\d{4}-\\d{2}")) {
			return null;
		}
		int month = Integer.parseInt(code.substring(5));
		if (month < 1 || month > 12) {
			return null;
		}
		return LocalDate.of(Integer.parseInt(code.substring(0, 4)), month, 1);
	}

}
