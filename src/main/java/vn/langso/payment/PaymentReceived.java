package vn.langso.payment;

import java.time.Instant;

/** A bank notice settled a payment request; the module that asked for the payment reacts to it. */
public record PaymentReceived(long communeId, String reference, long amountVnd, Instant paidAt) {
}
