package vn.langso.feedback;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Deadlines in working days: Monday to Friday. Public holidays are not known to the platform yet, so
 * a deadline that spans Tết counts those days as working days (a known simplification).
 */
final class WorkingDays {

	private WorkingDays() {
	}

	static LocalDate after(LocalDate start, int days) {
		LocalDate date = start;
		int left = days;
		while (left > 0) {
			date = date.plusDays(1);
			if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
				left--;
			}
		}
		return date;
	}

}
