package vn.langso.dashboard.web;

import java.time.Clock;
import java.time.LocalDate;

import vn.langso.dashboard.Period;

/** The month a page shows: ?ky=2026-11, else the current one; never a month in the future. */
final class Months {

	private Months() {
	}

	static LocalDate month(String requested, Clock clock) {
		LocalDate today = LocalDate.now(clock).withDayOfMonth(1);
		LocalDate month = Period.parseMonth(requested);
		return month == null || month.isAfter(today) ? today : month;
	}

}
