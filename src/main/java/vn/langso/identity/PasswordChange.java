package vn.langso.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A signed-in person's new password, given with the current one; the new one follows the {@link PasswordPolicy}. */
public record PasswordChange(
		@NotBlank(message = "{validation.password.currentRequired}")
		String currentPassword,
		@NotBlank(message = "{validation.password.required}")
		@Size(min = PasswordPolicy.MIN_LENGTH, max = 72, message = "{validation.password.size}")
		String password,
		String confirmation) {

	public static PasswordChange empty() {
		return new PasswordChange("", "", "");
	}

}
