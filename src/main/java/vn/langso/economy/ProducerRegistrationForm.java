package vn.langso.economy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A producer (household, cooperative, enterprise) as commune staff register it. The phone is for staff
 * only and never shown publicly; bank details (all three or none) let buyers pay by VietQR.
 */
public record ProducerRegistrationForm(
		@NotBlank(message = "{economy.producer.nameRequired}") @Size(max = 160, message = "{economy.producer.nameLength}") String name,
		@NotNull(message = "{economy.producer.kindRequired}") ProducerKind kind,
		@NotNull(message = "{economy.paymentPoint.villageRequired}") Long villageId,
		@Size(max = 1000, message = "{economy.product.descriptionLength}") String description,
		@NotBlank(message = "{economy.producer.phoneRequired}") String phone,
		@Pattern(regexp = "|893\\d{3,8}", message = "{economy.producer.gs1Prefix}") String gs1Prefix,
		@Pattern(regexp = "|\\d{6}", message = "{economy.producer.bankBin}") String bankBin,
		@Pattern(regexp = "|\\d{6,19}", message = "{economy.producer.bankAccount}") String bankAccount,
		@Pattern(regexp = "|[A-Za-z0-9 ]{1,25}", message = "{economy.producer.payeeName}") String payeeName,
		@Size(max = 1000, message = "{economy.product.shopLinksLength}") String shopLinks) {

	public static ProducerRegistrationForm empty() {
		return new ProducerRegistrationForm("", ProducerKind.HOUSEHOLD, null, "", "", "", "", "", "", "");
	}

}
