package vn.langso.identity;

/**
 * What a gateway did with one message: {@code ACCEPTED} when a real provider (SMTP relay, SMPP centre,
 * Zalo ZNS) took it, {@code NOT_SENT} when no real adapter is configured for its channel (the logging
 * adapters), {@code FAILED} when the provider refused it or could not be reached. Only accepted
 * messages count as reach; a failed one may be retried, a not-sent one never left the server.
 */
public record DeliveryResult(Status status, String detail) {

	public enum Status {
		ACCEPTED, NOT_SENT, FAILED
	}

	public DeliveryResult {
		if (status == null) {
			throw new IllegalArgumentException("a delivery result needs a status");
		}
		detail = detail == null ? "" : detail.length() > 200 ? detail.substring(0, 200) : detail;
	}

	/** Taken by the provider; {@code reference} is its message id when it gives one. */
	public static DeliveryResult accepted(String reference) {
		return new DeliveryResult(Status.ACCEPTED, reference);
	}

	public static DeliveryResult notSent(String reason) {
		return new DeliveryResult(Status.NOT_SENT, reason);
	}

	public static DeliveryResult failed(String reason) {
		return new DeliveryResult(Status.FAILED, reason);
	}

	public boolean isAccepted() {
		return status == Status.ACCEPTED;
	}

	public boolean isFailed() {
		return status == Status.FAILED;
	}

}
