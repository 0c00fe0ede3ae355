package vn.langso.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.langso.shared.PersonName;

/** A directory entry as staff type it. */
public record OfficialForm(
		@PersonName
		String fullName,
		@NotBlank(message = "{validation.position.required}")
		@Size(max = 160, message = "{validation.position.size}")
		@Pattern(regexp = "^[^<>]*$", message = "{validation.noMarkup}")
		String position,
		@Size(max = 20, message = "{validation.phone.invalid}")
		String phone,
		@Email(message = "{validation.email.invalid}")
		@Size(max = 200, message = "{validation.email.invalid}")
		String email,
		@Size(max = 200, message = "{validation.officeHours.size}")
		@Pattern(regexp = "^[^<>]*$", message = "{validation.noMarkup}")
		String officeHours,
		@Min(value = 0, message = "{validation.sortOrder.range}") @Max(value = 10000, message = "{validation.sortOrder.range}")
		Integer sortOrder) {

	public static OfficialForm from(OfficialView view) {
		return new OfficialForm(view.fullName(), view.position(), view.phone(), view.email(), view.officeHours(),
				view.sortOrder());
	}

	public static OfficialForm empty() {
		return new OfficialForm("", "", "", "", "", 100);
	}

}
