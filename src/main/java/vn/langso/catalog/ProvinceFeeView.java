package vn.langso.catalog;

import java.time.Instant;

/**
 * A province's fee for a procedure: the base and unit amounts replace the catalogue's, under the
 * procedure's own rule (fixed, per copy, per page).
 *
 * @param sourceNote the provincial resolution that sets it (Nghị quyết của HĐND tỉnh)
 */
public record ProvinceFeeView(long provinceId, String procedureCode, long feeVnd, long unitFeeVnd, String feeNote,
		String sourceNote, Instant updatedAt, String updatedBy) {
}
