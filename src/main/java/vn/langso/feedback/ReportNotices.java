package vn.langso.feedback;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Component;

/** In-app notices about reports: written with the command that causes them, read on the person's page. */
@Component
class ReportNotices {

	private final NotificationRepository notifications;

	private final Clock clock;

	ReportNotices(NotificationRepository notifications, Clock clock) {
		this.notifications = notifications;
		this.clock = clock;
	}

	void notify(long accountId, Report report, String message) {
		notifications.save(new Notification(accountId, report, message, clock.instant()));
	}

	/** The newest 50 notices of a person, marked seen as they are read. */
	List<NotificationView> readLatest(long accountId) {
		List<Notification> list = notifications.findTop50ByAccountIdOrderByCreatedAtDesc(accountId);
		List<NotificationView> views = list.stream().map(Notification::view).toList();
		list.forEach(Notification::markSeen);
		return views;
	}

}
