package vn.langso.economy;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A lot of one product, identified by GTIN + lot (a GS1 Digital Link), optionally from one growing area. */
@Entity
@Table(name = "economy_batch")
class Batch {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long communeId;

	private long producerId;

	private long productId;

	private Long growingAreaId;

	private String gtin;

	private String lot;

	private BigDecimal quantity;

	private String uom;

	@Enumerated(EnumType.STRING)
	private BatchStep lastStep;

	private Instant createdAt;

	protected Batch() {
	}

	Batch(long communeId, long producerId, long productId, Long growingAreaId, String gtin, String lot, BigDecimal quantity,
			String uom, Instant now) {
		this.communeId = communeId;
		this.producerId = producerId;
		this.productId = productId;
		this.growingAreaId = growingAreaId;
		this.gtin = gtin;
		this.lot = lot;
		this.quantity = quantity;
		this.uom = uom;
		this.createdAt = now;
	}

	void recorded(BatchStep step, BigDecimal newQuantity) {
		this.lastStep = step;
		if (newQuantity != null) {
			this.quantity = newQuantity;
		}
	}

	Long id() {
		return id;
	}

	long producerId() {
		return producerId;
	}

	long communeId() {
		return communeId;
	}

	long productId() {
		return productId;
	}

	Long growingAreaId() {
		return growingAreaId;
	}

	String uom() {
		return uom;
	}

	DigitalLink link() {
		return new DigitalLink(gtin, lot);
	}

	BatchView view(String productName) {
		return new BatchView(id, productId, productName, growingAreaId, gtin, lot, quantity, uom, lastStep, createdAt,
				link().path());
	}

}
