package vn.langso.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Someone who follows a report and is told of every answer. */
@Entity
@Table(name = "feedback_follower")
class Follower {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "report_id", nullable = false)
	private long reportId;

	@Column(name = "account_id", nullable = false)
	private long accountId;

	protected Follower() {
	}

	Follower(long reportId, long accountId) {
		this.reportId = reportId;
		this.accountId = accountId;
	}

	long accountId() {
		return accountId;
	}

}
