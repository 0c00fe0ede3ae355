package vn.langso.feedback;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A message to a signed-in person about a report they follow or must handle. */
@Entity
@Table(name = "feedback_notification")
class Notification {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "account_id", nullable = false)
	private long accountId;

	@Column(name = "report_id", nullable = false)
	private long reportId;

	@Column(name = "commune_id", nullable = false)
	private long communeId;

	@Column(nullable = false)
	private String message;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(nullable = false)
	private boolean seen;

	protected Notification() {
	}

	Notification(long accountId, Report report, String message, Instant at) {
		this.accountId = accountId;
		this.reportId = report.id();
		this.communeId = report.communeId();
		this.message = message.length() > 500 ? message.substring(0, 500) : message;
		this.createdAt = at;
	}

	NotificationView view() {
		return new NotificationView(id, reportId, message, createdAt, seen);
	}

	void markSeen() {
		this.seen = true;
	}

}
