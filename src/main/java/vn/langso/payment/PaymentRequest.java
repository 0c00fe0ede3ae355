package vn.langso.payment;

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
@Table(name = "payment_request")
class PaymentRequest {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "commune_id")
	private long communeId;

	private String reference;

	private String description;

	@Column(name = "amount_vnd")
	private long amountVnd;

	@Enumerated(EnumType.STRING)
	private PaymentStatus status;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "paid_at")
	private Instant paidAt;

	@Column(name = "transaction_id")
	private String transactionId;

	protected PaymentRequest() {
	}

	PaymentRequest(long communeId, String reference, String description, long amountVnd, Instant at) {
		this.communeId = communeId;
		this.reference = reference;
		this.description = description;
		this.amountVnd = amountVnd;
		this.status = PaymentStatus.PENDING;
		this.createdAt = at;
	}

	boolean settleWith(long paidAmount, String transaction, Instant at) {
		if (status == PaymentStatus.PAID || paidAmount < amountVnd) {
			return false;
		}
		this.status = PaymentStatus.PAID;
		this.paidAt = at;
		this.transactionId = transaction;
		return true;
	}

	Long id() {
		return id;
	}

	long communeId() {
		return communeId;
	}

	String reference() {
		return reference;
	}

	long amountVnd() {
		return amountVnd;
	}

	PaymentRequestView view(CommuneAccount account) {
		String qr = VietQr.encode(new VietQrPayload(account.bankBin(), account.accountNumber(), amountVnd, reference,
				account.accountName()));
		return new PaymentRequestView(id, communeId, reference, description, amountVnd, status, paidAt, account.bankBin(),
				account.accountNumber(), account.accountName(), qr);
	}

}
