package vn.langso.identity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** One line of the append-only audit log; Hibernate is told it never changes. */
@Entity
@Immutable
@Table(name = "identity_audit_entry")
class AuditEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private Instant at;

	@Column(name = "actor_id")
	private Long actorId;

	@Column(name = "actor_name", nullable = false)
	private String actorName;

	@Column(name = "commune_id")
	private Long communeId;

	@Column(nullable = false)
	private String action;

	@Column(name = "subject_type", nullable = false)
	private String subjectType;

	@Column(name = "subject_id", nullable = false)
	private String subjectId;

	private String detail;

	protected AuditEntry() {
	}

	AuditEntry(Instant at, Long actorId, String actorName, Long communeId, String action, String subjectType,
			String subjectId, String detail) {
		this.at = at;
		this.actorId = actorId;
		this.actorName = actorName;
		this.communeId = communeId;
		this.action = action;
		this.subjectType = subjectType;
		this.subjectId = subjectId;
		this.detail = detail;
	}

	AuditEntryView view() {
		return new AuditEntryView(id, at, actorId, actorName, communeId, action, subjectType, subjectId, detail);
	}

}
