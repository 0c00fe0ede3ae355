package vn.langso.feedback;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.langso.identity.Accounts;
import vn.langso.identity.Role;
import vn.langso.identity.StaffMember;
import vn.langso.shared.WorkingCalendar;

/**
 * Answer deadlines in working days on the platform's calendar (weekends, Tết and the other public
 * holidays skipped, exactly as for dossiers), and the escalation of overdue reports to the commune leader.
 */
@Service
@Transactional
public class ReportDeadlines {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final ReportRepository reports;

	private final ReportEventRepository events;

	private final ReportNotices notices;

	private final Accounts accounts;

	private final WorkingCalendar calendar;

	private final Clock clock;

	ReportDeadlines(ReportRepository reports, ReportEventRepository events, ReportNotices notices, Accounts accounts,
			WorkingCalendar calendar, Clock clock) {
		this.reports = reports;
		this.events = events;
		this.notices = notices;
		this.accounts = accounts;
		this.calendar = calendar;
		this.clock = clock;
	}

	/** The deadline of an assignment made now: {@code workingDays} working days on the calendar. */
	public LocalDate deadline(int workingDays) {
		return calendar.dueDate(clock.instant().atZone(VIETNAM), workingDays);
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	/**
	 * Escalates every overdue, unanswered report once: its commune's leaders are notified and the step
	 * is written to the report's history. Returns how many reports were escalated.
	 */
	public int escalateOverdue() {
		List<Report> overdue = reports.overdueNotEscalated(today());
		Map<Long, List<StaffMember>> leaders = new HashMap<>();
		for (Report report : overdue) {
			report.escalated(clock.instant());
			events.save(new ReportEvent(report, clock.instant(), "ESCALATED", null, null));
			leaders.computeIfAbsent(report.communeId(), c -> accounts.staffOf(c).stream()
					.filter(s -> s.has(Role.COMMUNE_LEADER)).toList())
				.forEach(leader -> notices.notify(leader.accountId(), report,
						"Phản ánh " + report.trackingCode() + " quá hạn xử lý, chuyển lãnh đạo xã đôn đốc."));
		}
		return overdue.size();
	}

}
