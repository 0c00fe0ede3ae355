package vn.langso.economy;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A shop or stall of a village that takes payment by QR (điểm thanh toán điện tử). */
@Entity
@Table(name = "economy_payment_point")
class PaymentPoint {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long communeId;

	private long villageId;

	private String name;

	private String kind;

	private boolean acceptsVietqr;

	private Long producerId;

	private Instant createdAt;

	protected PaymentPoint() {
	}

	PaymentPoint(long communeId, long villageId, String name, String kind, boolean acceptsVietqr, Long producerId, Instant now) {
		this.communeId = communeId;
		this.villageId = villageId;
		this.name = name;
		this.kind = kind;
		this.acceptsVietqr = acceptsVietqr;
		this.producerId = producerId;
		this.createdAt = now;
	}

	long villageId() {
		return villageId;
	}

	PaymentPointView view() {
		return new PaymentPointView(id, villageId, name, kind, acceptsVietqr);
	}

}
