package vn.langso.payment;

import java.time.Instant;

/** A fee to pay, with the VietQR string a banking app scans to pay it exactly. */
public record PaymentRequestView(long id, long communeId, String reference, String description, long amountVnd,
		PaymentStatus status, Instant paidAt, String bankBin, String accountNumber, String accountName, String vietQr) {

	public boolean isPaid() {
		return status == PaymentStatus.PAID;
	}

	/** The bank as its app lists it, for a person typing the transfer by hand. */
	public String bankName() {
		return BankNames.of(bankBin);
	}

}
