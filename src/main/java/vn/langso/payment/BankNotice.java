package vn.langso.payment;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "payment_bank_notice")
class BankNotice {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "transaction_id")
	private String transactionId;

	@Column(name = "account_number")
	private String accountNumber;

	@Column(name = "amount_vnd")
	private long amountVnd;

	private String content;

	@Column(name = "received_at")
	private Instant receivedAt;

	private String outcome;

	@Column(name = "request_id")
	private Long requestId;

	protected BankNotice() {
	}

	BankNotice(String transactionId, String accountNumber, long amountVnd, String content, Instant at, String outcome,
			Long requestId) {
		this.transactionId = transactionId;
		this.accountNumber = accountNumber;
		this.amountVnd = amountVnd;
		this.content = content;
		this.receivedAt = at;
		this.outcome = outcome;
		this.requestId = requestId;
	}

}
