package vn.langso.identity;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

@Entity
@Table(name = "identity_account")
class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String username;

	private String phone;

	@Column(name = "citizen_id")
	private String citizenId;

	private String email;

	@Column(name = "full_name", nullable = false)
	private String fullName;

	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	@Column(name = "province_id", nullable = false)
	private Long provinceId;

	@Column(name = "commune_id")
	private Long communeId;

	@Column(name = "village_id")
	private Long villageId;

	@Column(nullable = false)
	private boolean enabled;

	@Column(name = "phone_verified_at")
	private Instant phoneVerifiedAt;

	@Enumerated(EnumType.STRING)
	@Column(name = "citizen_id_proof")
	private CitizenIdProof citizenIdProof;

	@Column(name = "citizen_id_proven_at")
	private Instant citizenIdProvenAt;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "identity_account_role", joinColumns = @JoinColumn(name = "account_id"))
	@Enumerated(EnumType.STRING)
	@Column(name = "role")
	private Set<Role> roles = new HashSet<>();

	protected Account() {
	}

	Account(String username, String fullName, String passwordHash, long provinceId, Long communeId, Set<Role> roles) {
		this.username = username;
		this.fullName = fullName;
		this.passwordHash = passwordHash;
		this.provinceId = provinceId;
		this.communeId = communeId;
		this.roles = EnumSet.copyOf(roles);
		this.enabled = true;
		this.createdAt = Instant.now();
	}

	Account withContact(String phone, String citizenId, String email) {
		this.phone = phone;
		this.citizenId = citizenId;
		this.email = email;
		return this;
	}

	Account inVillage(Long villageId) {
		this.villageId = villageId;
		return this;
	}

	/** A new password, already checked and hashed. */
	void passwordChanged(String newHash) {
		this.passwordHash = newHash;
	}

	/** The phone was proven by a one-time code sent to it. */
	Account phoneVerified(Instant at) {
		this.phoneVerifiedAt = at;
		return this;
	}

	/** The CCCD is proven to be this person's; only then do registers answer for it. */
	Account citizenIdProven(CitizenIdProof proof, Instant at) {
		if (citizenId == null) {
			throw new IllegalStateException("no citizen id to prove");
		}
		this.citizenIdProof = proof;
		this.citizenIdProvenAt = at;
		return this;
	}

	boolean citizenIdIsProven() {
		return citizenId != null && citizenIdProof != null;
	}

	CurrentUser currentUser() {
		return new CurrentUser(id, username, fullName, roles, provinceId, communeId, villageId);
	}

	AccountView view() {
		return new AccountView(id, username, fullName, phone, citizenId, email, Set.copyOf(roles), communeId,
				villageId, enabled, createdAt, citizenIdIsProven() ? citizenIdProof : null);
	}

	Long id() {
		return id;
	}

	String username() {
		return username;
	}

	String passwordHash() {
		return passwordHash;
	}

	boolean enabled() {
		return enabled;
	}

	Long communeId() {
		return communeId;
	}

	String citizenId() {
		return citizenId;
	}

	Set<Role> roles() {
		return roles;
	}

}
