package vn.langso.feedback;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One step of a report's handling, shown as its history. */
@Entity
@Table(name = "feedback_event")
class ReportEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "report_id", nullable = false)
	private long reportId;

	@Column(name = "commune_id", nullable = false)
	private long communeId;

	@Column(nullable = false)
	private Instant at;

	@Column(nullable = false)
	private String kind;

	@Column(name = "actor_name")
	private String actorName;

	private String note;

	protected ReportEvent() {
	}

	ReportEvent(Report report, Instant at, String kind, String actorName, String note) {
		this.reportId = report.id();
		this.communeId = report.communeId();
		this.at = at;
		this.kind = kind;
		this.actorName = actorName;
		this.note = note;
	}

	EventView view() {
		return new EventView(at, kind, actorName, note);
	}

}
