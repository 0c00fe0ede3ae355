package vn.langso.community;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A question; options one per line for single and multiple choice. */
public record QuestionForm(@NotNull QuestionKind kind,
		@NotBlank(message = "{community.error.questionRequired}") @Size(max = 500) String text,
		@Size(max = 2000) String options, Boolean required) {

	public QuestionForm {
		required = Boolean.TRUE.equals(required);
	}

}
