package vn.langso.economy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A shop or stall of a village that takes payment by QR, as staff register it. */
public record PaymentPointForm(@NotNull(message = "{economy.paymentPoint.villageRequired}") Long villageId,
		@NotBlank(message = "{economy.paymentPoint.name}") @Size(max = 160, message = "{economy.paymentPoint.name}") String name,
		@NotBlank(message = "{economy.paymentPoint.kindRequired}")
		@Pattern(regexp = "SHOP|FOOD_STALL|MARKET_STALL|PHARMACY|SERVICE", message = "{economy.paymentPoint.kindRequired}") String kind,
		Boolean acceptsVietQr) {

	public static final java.util.List<String> KINDS = java.util.List.of("SHOP", "FOOD_STALL", "MARKET_STALL", "PHARMACY", "SERVICE");

	public static PaymentPointForm empty() {
		return new PaymentPointForm(null, "", "SHOP", true);
	}

}
