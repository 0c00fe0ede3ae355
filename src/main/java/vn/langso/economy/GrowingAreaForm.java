package vn.langso.economy;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A growing area (vùng trồng) as its producer enters it.
 *
 * @param polygon the outline drawn on the map, as JSON [[lat, lng], ...]
 */
public record GrowingAreaForm(
		@NotBlank(message = "{economy.area.codeRequired}") @Pattern(regexp = "[A-Za-z0-9-]{3,40}", message = "{economy.area.codePattern}") String code,
		@NotBlank(message = "{economy.area.cropRequired}") @Size(max = 120, message = "{economy.area.cropLength}") String crop,
		@NotNull(message = "{economy.area.hectares}") @DecimalMin(value = "0.01", message = "{economy.area.hectares}")
		@DecimalMax(value = "100000", message = "{economy.area.hectares}") BigDecimal hectares,
		@NotBlank(message = "{economy.area.polygonRequired}") @Size(max = 4000, message = "{economy.area.polygonLength}") String polygon) {

	public static GrowingAreaForm empty() {
		return new GrowingAreaForm("", "", null, "");
	}

}
