package vn.langso.feedback;

import static vn.langso.feedback.Texts.blankToNull;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.langso.identity.AuditLog;
import vn.langso.identity.CurrentUser;
import vn.langso.identity.SmsGateway;
import vn.langso.identity.StaffMember;
import vn.langso.shared.ConflictException;
import vn.langso.shared.ForbiddenException;

/**
 * What officials do with a report: assign or forward it with a deadline in working days, answer it
 * publicly, close it, publish its checked photos. Each command is one transaction, recorded in the
 * report's history, and the people concerned are told.
 */
@Service
@Transactional
public class ReportHandling {

	private final StaffAccess staff;

	private final StaffInbox inbox;

	private final ReportDeadlines deadlines;

	private final ReportEventRepository events;

	private final FollowerRepository followers;

	private final ReportNotices notices;

	private final SmsGateway sms;

	private final AuditLog audit;

	private final Clock clock;

	ReportHandling(StaffAccess staff, StaffInbox inbox, ReportDeadlines deadlines, ReportEventRepository events,
			FollowerRepository followers, ReportNotices notices, SmsGateway sms, AuditLog audit, Clock clock) {
		this.staff = staff;
		this.inbox = inbox;
		this.deadlines = deadlines;
		this.events = events;
		this.followers = followers;
		this.notices = notices;
		this.sms = sms;
		this.audit = audit;
		this.clock = clock;
	}

	/** Assigns (or forwards, when already assigned) with a deadline counted in working days from now. */
	public void assign(CurrentUser user, long reportId, long assigneeId, int workingDays, String note) {
		Report report = staff.workable(user, reportId);
		boolean forwarding = report.assigneeAccountId() != null;
		if (!StaffAccess.triages(user) && !(forwarding && Objects.equals(report.assigneeAccountId(), user.accountId()))) {
			throw new ForbiddenException("triage only");
		}
		if (workingDays < 1 || workingDays > 60) {
			throw new FeedbackFailure("workingDays", "feedback.validation.days");
		}
		StaffMember assignee = inbox.assignees(user, report.communeId()).stream()
			.filter(s -> s.accountId() == assigneeId)
			.findFirst()
			.orElseThrow(() -> new FeedbackFailure("assigneeId", "feedback.validation.assignee"));
		try {
			report.assign(assignee.accountId(), assignee.fullName(), deadlines.deadline(workingDays), clock.instant());
		}
		catch (ConflictException closed) {
			throw new FeedbackFailure("assigneeId", "feedback.validation.closed");
		}
		events.save(new ReportEvent(report, clock.instant(), forwarding ? "FORWARDED" : "ASSIGNED", user.fullName(),
				assignee.fullName() + (blankToNull(note) == null ? "" : " — " + note.strip())));
		notices.notify(assignee.accountId(), report, "Bạn được giao xử lý phản ánh " + report.trackingCode() + ".");
	}

	/** A public answer, by the assignee or a triage official; the reporter and followers are told. */
	public void answer(CurrentUser user, long reportId, String text) {
		Report report = staff.workable(user, reportId);
		if (!StaffAccess.triages(user) && !Objects.equals(report.assigneeAccountId(), user.accountId())) {
			throw new ForbiddenException("not the assignee");
		}
		String answer = blankToNull(text);
		if (answer == null || answer.length() > 4000) {
			throw new FeedbackFailure("answer", "feedback.validation.answer");
		}
		try {
			report.answer(answer, user.fullName(), clock.instant());
		}
		catch (ConflictException closed) {
			throw new FeedbackFailure("answer", "feedback.validation.closed");
		}
		events.save(new ReportEvent(report, clock.instant(), "ANSWERED", user.fullName(), answer));
		String message = "Phản ánh " + report.trackingCode() + " đã được trả lời.";
		Set<Long> told = new LinkedHashSet<>();
		followers.findByReportId(report.id()).forEach(f -> told.add(f.accountId()));
		told.forEach(account -> notices.notify(account, report, message));
		if (report.reporterAccountId() == null && report.reporterPhone() != null) {
			sms.send(report.reporterPhone(), "LangSo: phan anh " + report.trackingCode() + " da duoc tra loi.");
		}
	}

	public void close(CurrentUser user, long reportId, String note) {
		Report report = staff.workable(user, reportId);
		StaffAccess.requireTriage(user);
		try {
			report.close(clock.instant());
		}
		catch (ConflictException closed) {
			throw new FeedbackFailure("note", "feedback.validation.closed");
		}
		events.save(new ReportEvent(report, clock.instant(), "CLOSED", user.fullName(), blankToNull(note)));
		followers.findByReportId(report.id())
			.forEach(f -> notices.notify(f.accountId(), report, "Phản ánh " + report.trackingCode() + " đã đóng."));
	}

	/** Publishes the photos once an official checked them for faces and number plates (or hides them again). */
	public void publishPhotos(CurrentUser user, long reportId, boolean visible) {
		Report report = staff.workable(user, reportId);
		StaffAccess.requireTriage(user);
		report.publishPhotos(visible, clock.instant());
		audit.record(user, report.communeId(), visible ? "PHOTOS_PUBLISHED" : "PHOTOS_HIDDEN", "feedback-report",
				String.valueOf(reportId), report.trackingCode());
	}

}
