package vn.langso.dashboard;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/** How long an indicator's period is; a period is named by its code: 2026-11, 2026-Q4, 2026. */
public enum PeriodType {

	MONTH, QUARTER, YEAR;

	/** The period of this type that contains the day. */
	public Period containing(LocalDate day) {
		return switch (this) {
			case MONTH -> new Period(this, day.withDayOfMonth(1));
			case QUARTER -> new Period(this, LocalDate.of(day.getYear(), (day.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1, 1));
			case YEAR -> new Period(this, day.withDayOfYear(1));
		};
	}

	LocalDate next(LocalDate start) {
		return switch (this) {
			case MONTH -> start.plusMonths(1);
			case QUARTER -> start.plusMonths(3);
			case YEAR -> start.plusYears(1);
		};
	}

	LocalDate previous(LocalDate start) {
		return switch (this) {
			case MONTH -> start.minusMonths(1);
			case QUARTER -> start.minusMonths(3);
			case YEAR -> start.minusYears(1);
		};
	}

	public String messageKey() {
		return "dashboard.period." + name();
	}

}
