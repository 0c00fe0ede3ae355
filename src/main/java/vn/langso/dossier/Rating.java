package vn.langso.dossier;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "dossier_rating")
class Rating {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "dossier_id")
	private long dossierId;

	@Column(name = "commune_id")
	private long communeId;

	@Column(name = "procedure_code")
	private String procedureCode;

	private int publicity;

	private int timeliness;

	private int attitude;

	private int result;

	@Column(name = "comment_text")
	private String comment;

	@Column(name = "rated_at")
	private Instant ratedAt;

	protected Rating() {
	}

	Rating(Dossier dossier, RatingForm form, Instant at) {
		this.dossierId = dossier.id();
		this.communeId = dossier.communeId();
		this.procedureCode = dossier.procedureCode();
		this.publicity = form.publicity();
		this.timeliness = form.timeliness();
		this.attitude = form.attitude();
		this.result = form.result();
		this.comment = form.comment() == null || form.comment().isBlank() ? null : form.comment().strip();
		this.ratedAt = at;
	}

	RatingForm form() {
		return new RatingForm(publicity, timeliness, attitude, result, comment);
	}

}
