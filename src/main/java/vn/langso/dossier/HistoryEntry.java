package vn.langso.dossier;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "dossier_history")
class HistoryEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "dossier_id")
	private long dossierId;

	@Column(name = "commune_id")
	private long communeId;

	private Instant at;

	@Column(name = "actor_id")
	private long actorId;

	@Column(name = "actor_name")
	private String actorName;

	private String action;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_status")
	private DossierStatus fromStatus;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_status")
	private DossierStatus toStatus;

	private String comment;

	protected HistoryEntry() {
	}

	HistoryEntry(long dossierId, long communeId, Instant at, Actor actor, String action, DossierStatus from,
			DossierStatus to, String comment) {
		this.dossierId = dossierId;
		this.communeId = communeId;
		this.at = at;
		this.actorId = actor.accountId();
		this.actorName = actor.name();
		this.action = action;
		this.fromStatus = from;
		this.toStatus = to;
		this.comment = comment;
	}

	HistoryView view() {
		return new HistoryView(at, actorName, action, fromStatus, toStatus, comment);
	}

	/** Without the actor's name, for the public tracking page. */
	HistoryView publicView() {
		return new HistoryView(at, null, action, fromStatus, toStatus, null);
	}

}
