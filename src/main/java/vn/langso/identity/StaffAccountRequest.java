package vn.langso.identity;

import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.langso.shared.PersonName;

/** An administrator's request to open an official's account in a commune; the password follows the {@link PasswordPolicy}. */
@AcceptablePassword
public record StaffAccountRequest(
		@NotBlank(message = "{validation.username.required}")
		@Pattern(regexp = "^[a-z0-9._-]{3,64}$", message = "{validation.username.pattern}")
		String username,
		@PersonName
		String fullName,
		@Size(max = 20, message = "{validation.phone.invalid}")
		String phone,
		@Email(message = "{validation.email.invalid}")
		@Size(max = 200, message = "{validation.email.invalid}")
		String email,
		Long communeId,
		Long villageId,
		@NotEmpty(message = "{validation.roles.required}")
		Set<Role> roles,
		@NotBlank(message = "{validation.password.required}")
		@Size(min = 8, max = 72, message = "{validation.password.size}")
		String password) implements PasswordChoice {

	@Override
	public String[] personalFacts() {
		return new String[] { phone, username };
	}

}
