package vn.langso.community;

import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/** What a team member records after helping a household. */
public record VisitForm(@NotEmpty(message = "{community.error.helpedRequired}") List<HelpKind> helped,
		@Size(max = 500) String note) {
}
