package vn.langso.dossier;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Set;

/**
 * The dossier module's handle on the platform's one working-day calendar ({@link vn.langso.shared.WorkingCalendar}):
 * every call delegates, so dossiers and feedback count the same working days and holidays. Kept as a
 * type of its own so the workflow code reads unchanged.
 */
public final class WorkingCalendar {

	private final vn.langso.shared.WorkingCalendar calendar;

	WorkingCalendar(vn.langso.shared.WorkingCalendar calendar) {
		this.calendar = calendar;
	}

	public WorkingCalendar(Collection<LocalDate> holidays, Collection<LocalDate> workingWeekends, LocalTime cutoff) {
		this(new vn.langso.shared.WorkingCalendar(holidays, workingWeekends, cutoff));
	}

	/** Parses "2026-01-01,2026-02-14..2026-02-22" (single days and inclusive ranges). */
	public static Set<LocalDate> parseDays(String spec) {
		return vn.langso.shared.WorkingCalendar.parseDays(spec);
	}

	public boolean isWorkingDay(LocalDate day) {
		return calendar.isWorkingDay(day);
	}

	public LocalDate nextWorkingDay(LocalDate day) {
		return calendar.nextWorkingDay(day);
	}

	/** The working day from which a request received at this moment is counted. */
	public LocalDate effectiveReceiptDay(ZonedDateTime received) {
		return calendar.effectiveReceiptDay(received);
	}

	/** The appointment date: for 0 days the receipt day itself; otherwise the n-th working day after it. */
	public LocalDate dueDate(ZonedDateTime received, int workingDays) {
		return calendar.dueDate(received, workingDays);
	}

	/** Working days from {@code from} (exclusive) to {@code to} (inclusive); negative when to is earlier. */
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		return calendar.workingDaysBetween(from, to);
	}

}
