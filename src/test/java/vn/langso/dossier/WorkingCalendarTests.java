package vn.langso.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

class WorkingCalendarTests {

	static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

	/** Tết Bính Ngọ 2026: offices closed Saturday 14/02 to Sunday 22/02, as in the default configuration. */
	final WorkingCalendar calendar = new WorkingCalendar(
			WorkingCalendar.parseDays("2026-01-01,2026-02-14..2026-02-22,2026-04-27,2026-04-30,2026-05-01"),
			WorkingCalendar.parseDays(""), LocalTime.of(15, 0));

	@Test
	void threeWorkingDaysFromTheFridayBeforeTetEndAfterTheHoliday() {
		ZonedDateTime fridayMorning = ZonedDateTime.of(2026, 2, 13, 9, 30, 0, 0, HANOI);
		assertThat(calendar.dueDate(fridayMorning, 3)).isEqualTo(LocalDate.of(2026, 2, 25));
	}

	@Test
	void aSameDayProcedureReceivedFridayAfternoonBeforeTetIsDueOnTheFirstDayBack() {
		ZonedDateTime fridayAfternoon = ZonedDateTime.of(2026, 2, 13, 16, 0, 0, 0, HANOI);
		assertThat(calendar.dueDate(fridayAfternoon, 0)).isEqualTo(LocalDate.of(2026, 2, 23));
		ZonedDateTime fridayMorning = fridayAfternoon.withHour(10);
		assertThat(calendar.dueDate(fridayMorning, 0)).isEqualTo(LocalDate.of(2026, 2, 13));
	}

	@Test
	void weekendsAndTheReunificationHolidaysAreSkipped() {
		// Wednesday 29/04/2026 + 3 working days: Thu 30/4 and Fri 1/5 are holidays, then the weekend
		ZonedDateTime wednesday = ZonedDateTime.of(2026, 4, 29, 8, 0, 0, 0, HANOI);
		assertThat(calendar.dueDate(wednesday, 3)).isEqualTo(LocalDate.of(2026, 5, 6));
	}

	@Test
	void aDossierFiledOnSundayCountsFromMonday() {
		ZonedDateTime sunday = ZonedDateTime.of(2026, 3, 8, 10, 0, 0, 0, HANOI);
		assertThat(calendar.effectiveReceiptDay(sunday)).isEqualTo(LocalDate.of(2026, 3, 9));
		assertThat(calendar.dueDate(sunday, 1)).isEqualTo(LocalDate.of(2026, 3, 10));
	}

	@Test
	void aSaturdayDeclaredWorkingCounts() {
		WorkingCalendar swapped = new WorkingCalendar(WorkingCalendar.parseDays("2026-02-14..2026-02-22"),
				WorkingCalendar.parseDays("2026-02-07"), LocalTime.of(15, 0));
		assertThat(swapped.isWorkingDay(LocalDate.of(2026, 2, 7))).isTrue();
		assertThat(swapped.workingDaysBetween(LocalDate.of(2026, 2, 6), LocalDate.of(2026, 2, 23))).isEqualTo(7);
	}

}
