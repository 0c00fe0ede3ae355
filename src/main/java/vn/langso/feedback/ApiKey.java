package vn.langso.feedback;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An Open311 API key of one commune; only its SHA-256 is stored, the key is shown once. */
@Entity
@Table(name = "feedback_api_key")
class ApiKey {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "commune_id", nullable = false)
	private long communeId;

	@Column(nullable = false)
	private String name;

	@Column(name = "key_prefix", nullable = false)
	private String keyPrefix;

	@Column(name = "key_hash", nullable = false)
	private String keyHash;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "created_by", nullable = false)
	private String createdBy;

	@Column(nullable = false)
	private boolean revoked;

	protected ApiKey() {
	}

	ApiKey(long communeId, String name, String keyPrefix, String keyHash, Instant createdAt, String createdBy) {
		this.communeId = communeId;
		this.name = name;
		this.keyPrefix = keyPrefix;
		this.keyHash = keyHash;
		this.createdAt = createdAt;
		this.createdBy = createdBy;
	}

	long communeId() {
		return communeId;
	}

	boolean revoked() {
		return revoked;
	}

	void revoke() {
		revoked = true;
	}

	ApiKeyView view() {
		return new ApiKeyView(id, communeId, name, keyPrefix, createdAt, createdBy, revoked);
	}

}
