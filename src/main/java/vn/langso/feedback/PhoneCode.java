package vn.langso.feedback;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A one-time code sent to a phone, kept only as a hash. */
@Entity
@Table(name = "feedback_phone_code")
class PhoneCode {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String phone;

	@Column(name = "code_hash", nullable = false)
	private String codeHash;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "expires_at", nullable = false)
	private Instant expiresAt;

	@Column(nullable = false)
	private int attempts;

	@Column(nullable = false)
	private boolean used;

	protected PhoneCode() {
	}

	PhoneCode(String phone, String codeHash, Instant now, Instant expiresAt) {
		this.phone = phone;
		this.codeHash = codeHash;
		this.createdAt = now;
		this.expiresAt = expiresAt;
	}

	String codeHash() {
		return codeHash;
	}

	boolean usable(Instant now, int maxAttempts) {
		return !used && attempts < maxAttempts && now.isBefore(expiresAt);
	}

	void failedAttempt() {
		attempts++;
	}

	void use() {
		used = true;
	}

}
