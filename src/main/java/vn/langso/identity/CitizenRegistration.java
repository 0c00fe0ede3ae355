package vn.langso.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.langso.shared.PersonName;

/**
 * What a citizen types to open an account. Names admit letters, spaces and the few marks names use,
 * so markup never gets in; the CCCD's structure is checked beyond its 12 digits by {@link Accounts}; the
 * password by the {@link PasswordPolicy}.
 */
@AcceptablePassword
public record CitizenRegistration(
		@PersonName
		String fullName,
		@NotBlank(message = "{validation.citizenId.required}")
		@Pattern(regexp = "^\\d{12}$", message = "{validation.citizenId.digits}")
		String citizenId,
		@NotBlank(message = "{validation.phone.required}")
		@Size(max = 20, message = "{validation.phone.invalid}")
		String phone,
		@Email(message = "{validation.email.invalid}")
		@Size(max = 200, message = "{validation.email.invalid}")
		String email,
		@NotNull(message = "{validation.commune.required}")
		Long communeId,
		Long villageId,
		@NotBlank(message = "{validation.password.required}")
		@Size(min = 8, max = 72, message = "{validation.password.size}")
		String password) implements PasswordChoice {

	@Override
	public String[] personalFacts() {
		return new String[] { phone, citizenId };
	}

	public static CitizenRegistration empty() {
		return new CitizenRegistration("", "", "", "", null, null, "");
	}

}
