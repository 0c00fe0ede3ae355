package vn.langso.feedback;

import static vn.langso.feedback.Texts.blankToNull;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.langso.identity.CurrentUser;
import vn.langso.shared.ConflictException;
import vn.langso.shared.ForbiddenException;
import vn.langso.shared.NotFoundException;

/**
 * The reporter's side after reporting: following reports, their notices, rating the handling, and
 * asking to reopen a closed report within {@value #REOPEN_DAYS} days.
 */
@Service
@Transactional
public class ReportFollowUp {

	/** The reporter may ask to reopen a closed report within this many days. */
	public static final int REOPEN_DAYS = 10;

	private final ReportRepository reports;

	private final ReportEventRepository events;

	private final FollowerRepository followers;

	private final ReportNotices notices;

	private final ReportViews views;

	private final Clock clock;

	ReportFollowUp(ReportRepository reports, ReportEventRepository events, FollowerRepository followers,
			ReportNotices notices, ReportViews views, Clock clock) {
		this.reports = reports;
		this.events = events;
		this.followers = followers;
		this.notices = notices;
		this.views = views;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public boolean isReporter(long communeId, long reportId, Reporter who) {
		return reports.findByIdAndCommuneId(reportId, communeId).map(r -> isReporter(r, who)).orElse(false);
	}

	public void follow(CurrentUser user, long communeId, long reportId) {
		Report report = find(communeId, reportId);
		if (!followers.existsByReportIdAndAccountId(report.id(), user.accountId())) {
			followers.save(new Follower(report.id(), user.accountId()));
		}
	}

	@Transactional(readOnly = true)
	public boolean follows(CurrentUser user, long reportId) {
		return followers.existsByReportIdAndAccountId(reportId, user.accountId());
	}

	public void rate(long communeId, long reportId, Reporter who, int stars, String comment) {
		Report report = find(communeId, reportId);
		if (!isReporter(report, who)) {
			throw new ForbiddenException("only the reporter rates");
		}
		if (stars < 1 || stars > 5) {
			throw new FeedbackFailure("stars", "feedback.validation.stars");
		}
		String text = blankToNull(comment);
		if (text != null && text.length() > 1000) {
			throw new FeedbackFailure("comment", "feedback.validation.tooLong");
		}
		try {
			report.rate(stars, text, clock.instant());
		}
		catch (ConflictException notAnswered) {
			throw new FeedbackFailure("stars", "feedback.validation.notAnswered");
		}
		events.save(new ReportEvent(report, clock.instant(), "RATED", null, stars + "/5"));
	}

	public void reopen(long communeId, long reportId, Reporter who, String reason) {
		Report report = find(communeId, reportId);
		if (!isReporter(report, who)) {
			throw new ForbiddenException("only the reporter reopens");
		}
		if (report.status() != ReportStatus.CLOSED
				|| report.closedAt().plus(Duration.ofDays(REOPEN_DAYS)).isBefore(clock.instant())) {
			throw new FeedbackFailure("reason", "feedback.validation.reopenWindow", REOPEN_DAYS);
		}
		String text = blankToNull(reason);
		if (text == null || text.length() > 1000) {
			throw new FeedbackFailure("reason", "feedback.validation.reason");
		}
		report.reopen(clock.instant());
		events.save(new ReportEvent(report, clock.instant(), "REOPENED", null, text));
		if (report.assigneeAccountId() != null) {
			notices.notify(report.assigneeAccountId(), report,
					"Phản ánh " + report.trackingCode() + " được người phản ánh đề nghị mở lại.");
		}
	}

	@Transactional(readOnly = true)
	public List<ReportView> mine(CurrentUser user) {
		return views.views(reports.findByReporterAccountIdOrderByCreatedAtDesc(user.accountId()));
	}

	public List<NotificationView> notifications(CurrentUser user) {
		return notices.readLatest(user.accountId());
	}

	private Report find(long communeId, long reportId) {
		return reports.findByIdAndCommuneId(reportId, communeId).orElseThrow(() -> new NotFoundException("report"));
	}

	private static boolean isReporter(Report report, Reporter who) {
		if (who == null) {
			return false;
		}
		if (who.accountId() != null && who.accountId().equals(report.reporterAccountId())) {
			return true;
		}
		return report.reporterAccountId() == null && who.confirmedPhone() != null
				&& who.confirmedPhone().equals(report.reporterPhone());
	}

}
