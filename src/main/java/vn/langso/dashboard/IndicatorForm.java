package vn.langso.dashboard;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.langso.identity.AreaLevel;

/** What an administrator writes when defining or changing an indicator. */
public record IndicatorForm(
		@NotBlank(message = "{dashboard.definition.code.invalid}") @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}", message = "{dashboard.definition.code.invalid}") String code,
		@NotBlank(message = "{dashboard.definition.name.required}") @Size(max = 200, message = "{dashboard.definition.name.required}") String nameVi,
		@NotBlank(message = "{dashboard.definition.name.required}") @Size(max = 200, message = "{dashboard.definition.name.required}") String nameEn,
		@NotNull(message = "{dashboard.definition.pillar.required}") Pillar pillar,
		@NotNull(message = "{dashboard.definition.component.required}") VillageComponent component,
		@Size(max = 60, message = "{dashboard.definition.source.unknown.plain}") String numerator,
		@Size(max = 60, message = "{dashboard.definition.source.unknown.plain}") String denominator,
		@Min(value = 1, message = "{dashboard.definition.factor.invalid}") @Max(value = 100000, message = "{dashboard.definition.factor.invalid}") int factor,
		@NotNull(message = "{dashboard.definition.period.required}") PeriodType periodType,
		@NotNull(message = "{dashboard.definition.level.required}") AreaLevel level,
		@NotNull(message = "{dashboard.definition.target.invalid}") @DecimalMin(value = "0", message = "{dashboard.definition.target.invalid}") BigDecimal target,
		@NotBlank(message = "{dashboard.definition.legal.required}") @Size(max = 500, message = "{dashboard.definition.legal.required}") String legalSource) {

	public static IndicatorForm blank() {
		return new IndicatorForm("", "", "", Pillar.GOVERNMENT, VillageComponent.SMART_COMMUNICATION, "", "", 100,
				PeriodType.MONTH, AreaLevel.COMMUNE, BigDecimal.valueOf(100), "");
	}

}
