package vn.langso.economy;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A product as its producer types it on a phone.
 *
 * @param gtin empty for an internal GTIN (docs/economy.md); 8, 12, 13 or 14 digits with a valid check digit
 * @param certifications one per line
 * @param shopLinks one https:// address per line (shops on e-commerce platforms)
 */
public record ProductForm(
		@NotBlank(message = "{economy.product.nameRequired}") @Size(max = 160, message = "{economy.product.nameLength}") String name,
		@NotNull(message = "{economy.product.categoryRequired}") ProductCategory category, String gtin,
		@Min(value = 1, message = "{economy.product.ocopStars}") @Max(value = 5, message = "{economy.product.ocopStars}") Integer ocopStars,
		Integer ocopYear, @Size(max = 500, message = "{economy.product.certificationsLength}") String certifications,
		@PositiveOrZero(message = "{economy.product.price}") @Max(value = 1_000_000_000L, message = "{economy.product.price}") Long priceVnd,
		@NotBlank(message = "{economy.product.unitRequired}") @Size(max = 20, message = "{economy.product.unitLength}") String unit,
		@Size(max = 2000, message = "{economy.product.descriptionLength}") String description,
		@Size(max = 1000, message = "{economy.product.shopLinksLength}") String shopLinks, Boolean listed) {

	public static ProductForm empty() {
		return new ProductForm("", null, "", null, null, "", null, "", "", "", true);
	}

}
