package vn.langso.economy;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A new batch of one of the producer's products.
 *
 * @param lot empty for a generated lot number
 */
public record BatchForm(@NotNull(message = "{economy.batch.productRequired}") Long productId, Long growingAreaId,
		@Pattern(regexp = "[A-Za-z0-9-]{0,20}", message = "{economy.batch.lotPattern}") String lot,
		@DecimalMin(value = "0.01", message = "{economy.batch.quantityPositive}") BigDecimal quantity) {
}
