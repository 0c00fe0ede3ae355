package vn.langso.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;
import vn.langso.shared.WorkingCalendar;

/** Feedback answer deadlines are counted on the platform's working calendar, the one dossiers use. */
class ReportDeadlinesTests {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	/** Tết Bính Ngọ 2026 (offices closed 14/02–22/02) and 30/4–1/5, as in the default configuration. */
	final WorkingCalendar calendar = new WorkingCalendar(
			WorkingCalendar.parseDays("2026-01-01,2026-02-14..2026-02-22,2026-04-27,2026-04-30,2026-05-01"), java.util.Set.of(),
			LocalTime.of(15, 0));

	@Test
	void aDeadlineAcrossTetSkipsTheWholeHoliday() {
		ZonedDateTime fridayBeforeTet = ZonedDateTime.of(2026, 2, 13, 9, 0, 0, 0, VIETNAM);
		assertThat(calendar.dueDate(fridayBeforeTet, 2)).isEqualTo(LocalDate.of(2026, 2, 24));
	}

	@Test
	void weekendsAndTheAprilHolidaysAreNotWorkingDays() {
		ZonedDateTime wednesday = ZonedDateTime.of(2026, 4, 29, 10, 0, 0, 0, VIETNAM);
		// Thu 30/4 and Fri 1/5 are holidays, then a weekend: Mon 4/5 is the first working day after
		assertThat(calendar.dueDate(wednesday, 1)).isEqualTo(LocalDate.of(2026, 5, 4));
		ZonedDateTime friday = ZonedDateTime.of(2026, 11, 27, 9, 0, 0, 0, VIETNAM);
		assertThat(calendar.dueDate(friday, 1)).isEqualTo(LocalDate.of(2026, 11, 30));
		assertThat(calendar.dueDate(friday, 5)).isEqualTo(LocalDate.of(2026, 12, 4));
	}

	@Test
	void anAssignmentAfterTheCutOffCountsFromTheNextWorkingDay() {
		ZonedDateTime fridayEvening = ZonedDateTime.of(2026, 11, 27, 16, 30, 0, 0, VIETNAM);
		assertThat(calendar.dueDate(fridayEvening, 1)).isEqualTo(LocalDate.of(2026, 12, 1));
	}

}
