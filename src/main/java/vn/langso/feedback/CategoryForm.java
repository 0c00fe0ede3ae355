package vn.langso.feedback;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A category as the commune administrator edits it. */
public record CategoryForm(
		@NotBlank(message = "{feedback.validation.code}") @Pattern(regexp = "[a-z0-9_-]{2,40}", message = "{feedback.validation.code}") String code,
		@NotBlank(message = "{feedback.validation.name}") @Size(max = 120, message = "{feedback.validation.name}") String name,
		@Size(max = 500, message = "{feedback.validation.tooLong}") String description,
		@Size(max = 200, message = "{feedback.validation.tooLong}") String keywords,
		@Min(value = 1, message = "{feedback.validation.days}") @Max(value = 60, message = "{feedback.validation.days}") int answerDays,
		Boolean active,
		@Min(0) @Max(1000) int sortOrder) {
}
