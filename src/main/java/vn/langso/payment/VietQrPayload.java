package vn.langso.payment;

import java.util.Objects;

/**
 * What a VietQR code asks the payer's banking app to do: transfer to an account at a bank (by its
 * NAPAS BIN), optionally a fixed amount in đồng and a transfer message that identifies the payment.
 *
 * @param amountVnd {@code null} for a static, reusable code where the payer types the amount
 * @param purpose the transfer content (tag 62.08), e.g. a dossier code; ASCII only, as banks require
 */
public record VietQrPayload(String bankBin, String accountNumber, Long amountVnd, String purpose, String merchantName) {

	public VietQrPayload {
		Objects.requireNonNull(bankBin, "bankBin");
		Objects.requireNonNull(accountNumber, "accountNumber");
		if (!bankBin.matches("\\d{6}")) {
			throw new IllegalArgumentException("bank BIN must be 6 digits");
		}
		if (!accountNumber.matches("[0-9A-Za-z]{1,19}")) {
			throw new IllegalArgumentException("account number must be 1-19 letters or digits");
		}
		if (amountVnd != null && (amountVnd <= 0 || amountVnd > 9_999_999_999_999L)) {
			throw new IllegalArgumentException("amount out of range");
		}
		if (purpose != null && (purpose.length() > 25 || !purpose.matches("[ -~]*"))) {
			throw new IllegalArgumentException("purpose must be at most 25 printable ASCII characters");
		}
		if (merchantName != null && (merchantName.length() > 25 || !merchantName.matches("[ -~]*"))) {
			throw new IllegalArgumentException("merchant name must be at most 25 printable ASCII characters");
		}
	}

	public boolean isDynamic() {
		return amountVnd != null;
	}

}
