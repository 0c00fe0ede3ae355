package vn.langso.broadcast;

import java.time.LocalDate;
import java.util.List;

/** One day of the broadcast calendar with the programmes due on it, in time order. */
public record CalendarDay(LocalDate date, List<ScheduleView> slots) {
}
