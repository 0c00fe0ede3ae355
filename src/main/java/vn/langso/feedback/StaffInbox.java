package vn.langso.feedback;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.langso.identity.Accounts;
import vn.langso.identity.AuditLog;
import vn.langso.identity.CommuneAccess;
import vn.langso.identity.CurrentUser;
import vn.langso.identity.StaffMember;

/**
 * What officials read: the triage inbox with its filters, one report with its history, who reported
 * it (audited) and whom a report may be assigned to.
 */
@Service
@Transactional(readOnly = true)
public class StaffInbox {

	private final ReportRepository reports;

	private final ReportEventRepository events;

	private final StaffAccess staff;

	private final ReportViews views;

	private final ReportDeadlines deadlines;

	private final Accounts accounts;

	private final CommuneAccess access;

	private final AuditLog audit;

	StaffInbox(ReportRepository reports, ReportEventRepository events, StaffAccess staff, ReportViews views,
			ReportDeadlines deadlines, Accounts accounts, CommuneAccess access, AuditLog audit) {
		this.reports = reports;
		this.events = events;
		this.staff = staff;
		this.views = views;
		this.deadlines = deadlines;
		this.accounts = accounts;
		this.access = access;
		this.audit = audit;
	}

	/**
	 * The triage inbox: everything of the commune for triage roles; for a village head only the reports
	 * assigned to them or located in their village.
	 */
	public List<ReportView> inbox(CurrentUser user, long communeId, String filter) {
		access.require(user, communeId);
		List<Report> all = reports.findByCommuneIdOrderByCreatedAtDesc(communeId, PageRequest.of(0, 500));
		LocalDate today = deadlines.today();
		return views.views(all.stream()
			.filter(r -> StaffAccess.mayWorkOn(user, r))
			.filter(r -> switch (filter == null ? "open" : filter) {
				case "new" -> r.status() == ReportStatus.NEW;
				case "mine" -> Objects.equals(r.assigneeAccountId(), user.accountId());
				case "overdue" -> r.overdue(today);
				case "all" -> true;
				default -> r.status().isOpen();
			})
			.toList());
	}

	public ReportView forStaff(CurrentUser user, long reportId) {
		return views.view(staff.workable(user, reportId));
	}

	/** Who reported, for staff who must call back; written to the audit log. */
	@Transactional
	public ReporterView reporterOf(CurrentUser user, long reportId) {
		Report report = staff.workable(user, reportId);
		audit.record(user, report.communeId(), "VIEW", "feedback-reporter", String.valueOf(reportId), report.trackingCode());
		return report.reporter();
	}

	public List<StaffMember> assignees(CurrentUser user, long communeId) {
		access.require(user, communeId);
		return accounts.staffOf(communeId).stream()
			.filter(s -> s.roles().stream().anyMatch(StaffAccess.ASSIGNABLE::contains))
			.toList();
	}

	public List<EventView> historyForStaff(CurrentUser user, long reportId) {
		Report report = staff.workable(user, reportId);
		return events.findByReportIdOrderByAtAscIdAsc(report.id()).stream().map(ReportEvent::view).toList();
	}

}
