package vn.langso.payment;

import java.time.Instant;

/**
 * A credit notice as the bank sends it: its own transaction id, the credited account, the amount and
 * the transfer message (which carries the payment reference).
 */
public record BankNoticeForm(String transactionId, String accountNumber, Long amountVnd, String content, Instant paidAt) {
}
