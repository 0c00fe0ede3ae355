package vn.langso.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new commune or village as an administrator types it; the code is the official statistical code. */
public record AreaForm(
		@NotBlank(message = "{validation.areaCode.required}")
		@Pattern(regexp = "^[0-9A-Za-z-]{2,20}$", message = "{validation.areaCode.pattern}")
		String code,
		@NotBlank(message = "{validation.areaName.required}")
		@Size(max = 200, message = "{validation.areaName.size}")
		@Pattern(regexp = "^[^<>]*$", message = "{validation.noMarkup}")
		String name) {

	public static AreaForm empty() {
		return new AreaForm("", "");
	}

}
