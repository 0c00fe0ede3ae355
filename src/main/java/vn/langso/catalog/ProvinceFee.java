package vn.langso.catalog;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A province's fee for one procedure, with the resolution that set it. */
@Entity
@Table(name = "catalog_province_fee")
class ProvinceFee {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "province_id")
	private long provinceId;

	@Column(name = "procedure_code")
	private String procedureCode;

	@Column(name = "fee_vnd")
	private long feeVnd;

	@Column(name = "unit_fee_vnd")
	private long unitFeeVnd;

	@Column(name = "fee_note")
	private String feeNote;

	@Column(name = "source_note")
	private String sourceNote;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Column(name = "updated_by")
	private String updatedBy;

	protected ProvinceFee() {
	}

	ProvinceFee(long provinceId, String procedureCode) {
		this.provinceId = provinceId;
		this.procedureCode = procedureCode;
	}

	void set(long feeVnd, long unitFeeVnd, String feeNote, String sourceNote, Instant at, String by) {
		this.feeVnd = feeVnd;
		this.unitFeeVnd = unitFeeVnd;
		this.feeNote = feeNote;
		this.sourceNote = sourceNote;
		this.updatedAt = at;
		this.updatedBy = by;
	}

	ProvinceFeeView view() {
		return new ProvinceFeeView(provinceId, procedureCode, feeVnd, unitFeeVnd, feeNote, sourceNote, updatedAt, updatedBy);
	}

}
