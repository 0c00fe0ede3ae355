package vn.langso.feedback;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a resident types when reporting a problem. A position is either both coordinates or neither,
 * and then an address is needed; the service checks that rule and that the village is the commune's.
 */
public record ReportForm(
		@NotNull(message = "{feedback.validation.category}") Long categoryId,
		@NotBlank(message = "{feedback.validation.description}") @Size(min = 10, max = 4000, message = "{feedback.validation.description}") String description,
		@DecimalMin(value = "-90", message = "{feedback.validation.latitude}") @DecimalMax(value = "90", message = "{feedback.validation.latitude}") Double latitude,
		@DecimalMin(value = "-180", message = "{feedback.validation.longitude}") @DecimalMax(value = "180", message = "{feedback.validation.longitude}") Double longitude,
		@Size(max = 300, message = "{feedback.validation.tooLong}") String address,
		Long villageId,
		Boolean showName) {

	public static ReportForm empty() {
		return new ReportForm(null, "", null, null, "", null, false);
	}

}
