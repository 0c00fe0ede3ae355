package vn.langso.economy;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.langso.shared.VietnameseText;

@Entity
@Table(name = "economy_producer")
class Producer {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long communeId;

	private Long villageId;

	private Long accountId;

	@Enumerated(EnumType.STRING)
	private ProducerKind kind;

	private String name;

	private String nameFolded;

	private String description;

	private String gs1Prefix;

	private String bankBin;

	private String bankAccount;

	private String payeeName;

	private String shopLinks;

	private String apiKeyHash;

	private String contactPhone;

	private Long registeredBy;

	private Instant createdAt;

	protected Producer() {
	}

	Producer(long communeId, Long villageId, Long accountId, ProducerKind kind, String name, String description, Instant now) {
		this.communeId = communeId;
		this.villageId = villageId;
		this.accountId = accountId;
		this.kind = kind;
		this.name = name;
		this.nameFolded = VietnameseText.fold(name);
		this.description = description;
		this.createdAt = now;
	}

	Producer paidTo(String bankBin, String bankAccount, String payeeName) {
		this.bankBin = bankBin;
		this.bankAccount = bankAccount;
		this.payeeName = payeeName;
		return this;
	}

	Producer withShops(String... links) {
		this.shopLinks = String.join("\n", links);
		return this;
	}

	/** Registered by commune staff: the contact phone (staff only), the GS1 prefix if any, who registered. */
	Producer registered(String contactPhone, String gs1Prefix, long staffAccountId) {
		this.contactPhone = contactPhone;
		this.gs1Prefix = gs1Prefix;
		this.registeredBy = staffAccountId;
		return this;
	}

	Producer withShopLinks(String lines) {
		this.shopLinks = lines;
		return this;
	}

	String contactPhone() {
		return contactPhone;
	}

	Producer withApiKeyHash(String hash) {
		this.apiKeyHash = hash;
		return this;
	}

	Long id() {
		return id;
	}

	long communeId() {
		return communeId;
	}

	Long accountId() {
		return accountId;
	}

	String gs1Prefix() {
		return gs1Prefix;
	}

	ProducerView view() {
		List<String> shops = shopLinks == null || shopLinks.isBlank() ? List.of()
				: Arrays.stream(shopLinks.split("\n")).filter(s -> s.startsWith("https://")).toList();
		return new ProducerView(id, communeId, villageId, kind, name, description, gs1Prefix != null, bankBin, bankAccount,
				payeeName, shops);
	}

}
