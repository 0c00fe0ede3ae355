package vn.langso.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "payment_account")
class CommuneAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "commune_id")
	private long communeId;

	@Column(name = "bank_bin")
	private String bankBin;

	@Column(name = "account_number")
	private String accountNumber;

	@Column(name = "account_name")
	private String accountName;

	protected CommuneAccount() {
	}

	CommuneAccount(long communeId, String bankBin, String accountNumber, String accountName) {
		new VietQrPayload(bankBin, accountNumber, null, null, accountName);
		this.communeId = communeId;
		this.bankBin = bankBin;
		this.accountNumber = accountNumber;
		this.accountName = accountName;
	}

	long communeId() {
		return communeId;
	}

	String bankBin() {
		return bankBin;
	}

	String accountNumber() {
		return accountNumber;
	}

	String accountName() {
		return accountName;
	}

}
