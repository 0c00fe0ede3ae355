package vn.langso.dossier;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "dossier_attachment")
class Attachment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "dossier_id")
	private long dossierId;

	@Column(name = "commune_id")
	private long communeId;

	@Column(name = "document_key")
	private String documentKey;

	@Column(name = "file_name")
	private String fileName;

	@Column(name = "content_type")
	private String contentType;

	@Column(name = "size_bytes")
	private long sizeBytes;

	private String sha256;

	@Column(name = "uploaded_at")
	private Instant uploadedAt;

	protected Attachment() {
	}

	Attachment(long dossierId, long communeId, String documentKey, String fileName, String contentType, long sizeBytes,
			String sha256, Instant uploadedAt) {
		this.dossierId = dossierId;
		this.communeId = communeId;
		this.documentKey = documentKey;
		this.fileName = fileName;
		this.contentType = contentType;
		this.sizeBytes = sizeBytes;
		this.sha256 = sha256;
		this.uploadedAt = uploadedAt;
	}

	String documentKey() { return documentKey; }
	String sha256() { return sha256; }
	String contentType() { return contentType; }
	String fileName() { return fileName; }
	Long id() { return id; }

	AttachmentView view() {
		return new AttachmentView(id, documentKey, fileName, contentType, sizeBytes, uploadedAt);
	}

}
