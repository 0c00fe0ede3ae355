package vn.langso.payment;

public enum PaymentStatus {
	PENDING, PAID
}
