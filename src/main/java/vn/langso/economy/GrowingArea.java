package vn.langso.economy;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A growing area (vùng trồng) with its code, crop, size and outline as [[lat, lng], ...] JSON. */
@Entity
@Table(name = "economy_growing_area")
class GrowingArea {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long communeId;

	private long producerId;

	private Long villageId;

	private String code;

	private String crop;

	private BigDecimal hectares;

	private String polygon;

	protected GrowingArea() {
	}

	GrowingArea(long communeId, long producerId, Long villageId, String code, String crop, BigDecimal hectares, String polygon) {
		this.communeId = communeId;
		this.producerId = producerId;
		this.villageId = villageId;
		this.code = code;
		this.crop = crop;
		this.hectares = hectares;
		this.polygon = polygon;
	}

	GrowingArea update(String code, String crop, BigDecimal hectares, String polygon) {
		this.code = code;
		this.crop = crop;
		this.hectares = hectares;
		this.polygon = polygon;
		return this;
	}

	GrowingAreaForm form() {
		return new GrowingAreaForm(code, crop, hectares, polygon);
	}

	Long id() {
		return id;
	}

	long producerId() {
		return producerId;
	}

	String code() {
		return code;
	}

	GrowingAreaView view() {
		return new GrowingAreaView(id, producerId, villageId, code, crop, hectares, polygon);
	}

}
