package vn.langso.catalog;

import java.util.List;

/**
 * One field of an application form, read from its JSON Schema property.
 *
 * @param type string, integer or boolean
 * @param format "date" for dates (yyyy-MM-dd), else null
 * @param prefill where the value comes from when known, e.g. {@code account.fullName}; null if nowhere
 * @param sensitive true for identity numbers and phone numbers, which never appear on public pages
 *        or on the e-result's verification page
 */
public record FormField(String name, String title, String type, String format, List<String> options, boolean required,
		Integer maxLength, String pattern, Long minimum, Long maximum, String defaultValue, String prefill,
		boolean sensitive, String description) {

	public boolean isDate() {
		return "date".equals(format);
	}

	public boolean isInteger() {
		return "integer".equals(type);
	}

	public boolean hasOptions() {
		return options != null && !options.isEmpty();
	}

}
