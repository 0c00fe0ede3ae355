package vn.langso.dossier;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A citizen's rating on the criteria of the service index (Thông tư 01/2018/TT-VPCP Art 13 and
 * QĐ 766/QĐ-TTg): publicity of the procedure, processing time, officials' attitude, the result; each
 * 0 (not satisfied), 1 (satisfied) or 2 (very satisfied).
 */
public record RatingForm(@NotNull @Min(0) @Max(2) Integer publicity, @NotNull @Min(0) @Max(2) Integer timeliness,
		@NotNull @Min(0) @Max(2) Integer attitude, @NotNull @Min(0) @Max(2) Integer result,
		@Size(max = 1000) String comment) {
}
