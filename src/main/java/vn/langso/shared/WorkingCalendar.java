package vn.langso.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * Working days of Vietnamese public offices: Monday to Friday, minus the public holidays of the
 * configured calendar (Tết Dương lịch, Tết Nguyên đán, Giỗ Tổ Hùng Vương, 30/4, 1/5, Quốc khánh and the
 * days off the government announces around them), plus Saturdays declared working days in exchange.
 * Requests received after the cut-off (15:00) count from the next working day.
 *
 * <p>One calendar for the whole platform, configured once ({@code langso.holidays},
 * {@code langso.working-weekends}, {@code langso.working-day-cutoff}; the platform builds the bean), so
 * a dossier's appointment date and a feedback report's answer deadline skip the same Tết days.
 */
public final class WorkingCalendar {

	private final Set<LocalDate> holidays;

	private final Set<LocalDate> workingWeekends;

	private final LocalTime cutoff;

	public WorkingCalendar(Collection<LocalDate> holidays, Collection<LocalDate> workingWeekends, LocalTime cutoff) {
		this.holidays = new TreeSet<>(holidays);
		this.workingWeekends = new TreeSet<>(workingWeekends);
		this.cutoff = cutoff;
	}

	/** Parses "2026-01-01,2026-02-14..2026-02-22" (single days and inclusive ranges). */
	public static Set<LocalDate> parseDays(String spec) {
		Set<LocalDate> days = new TreeSet<>();
		if (spec == null || spec.isBlank()) {
			return days;
		}
		for (String part : spec.split(",")) {
			String item = part.strip();
			if (item.isEmpty()) {
				continue;
			}
			if (item.contains("..")) {
				LocalDate from = LocalDate.parse(item.substring(0, item.indexOf("..")).strip());
				LocalDate to = LocalDate.parse(item.substring(item.indexOf("..") + 2).strip());
				for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
					days.add(d);
				}
			}
			else {
				days.add(LocalDate.parse(item));
			}
		}
		return days;
	}

	public boolean isWorkingDay(LocalDate day) {
		if (holidays.contains(day)) {
			return false;
		}
		boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
		return !weekend || workingWeekends.contains(day);
	}

	public LocalDate nextWorkingDay(LocalDate day) {
		LocalDate next = day.plusDays(1);
		while (!isWorkingDay(next)) {
			next = next.plusDays(1);
		}
		return next;
	}

	/** The working day from which a request received at this moment is counted. */
	public LocalDate effectiveReceiptDay(ZonedDateTime received) {
		LocalDate day = received.toLocalDate();
		if (!isWorkingDay(day) || !received.toLocalTime().isBefore(cutoff)) {
			return nextWorkingDay(day);
		}
		return day;
	}

	/**
	 * The appointment date: for 0 days the receipt day itself; otherwise the n-th working day after it.
	 */
	public LocalDate dueDate(ZonedDateTime received, int workingDays) {
		LocalDate due = effectiveReceiptDay(received);
		for (int i = 0; i < workingDays; i++) {
			due = nextWorkingDay(due);
		}
		return due;
	}

	/** Working days from {@code from} (exclusive) to {@code to} (inclusive); negative when to is earlier. */
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			return -workingDaysBetween(to, from);
		}
		int count = 0;
		for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
			if (isWorkingDay(d)) {
				count++;
			}
		}
		return count;
	}

}
