package vn.langso.community;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new survey: what it is about and whom it asks (no villages = the whole commune). */
public record SurveyForm(@NotBlank(message = "{community.error.titleRequired}") @Size(max = 200) String title,
		@Size(max = 1000) String description, List<Long> villageIds) {
}
