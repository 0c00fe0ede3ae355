package vn.langso.dossier;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "dossier_notification")
class DossierNotification {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "account_id")
	private long accountId;

	@Column(name = "commune_id")
	private long communeId;

	@Column(name = "dossier_id")
	private long dossierId;

	private Instant at;

	private String message;

	private String channels;

	protected DossierNotification() {
	}

	DossierNotification(long accountId, long communeId, long dossierId, Instant at, String message, String channels) {
		this.accountId = accountId;
		this.communeId = communeId;
		this.dossierId = dossierId;
		this.at = at;
		this.message = message;
		this.channels = channels;
	}

	DossierNotificationView view() {
		return new DossierNotificationView(dossierId, at, message, channels);
	}

}
