package vn.langso.shared;

/**
 * A Vietnamese mobile or landline number kept in its national form ({@code 0xxxxxxxxx}); numbers
 * typed as {@code +84…} or {@code 84…}, with spaces, dots or dashes, are normalised to it.
 */
public record PhoneNumber(String value) {

	public PhoneNumber {
		if (value == null || !value.matches("0\\d{9,10}")) {
			throw new IllegalArgumentException("not a Vietnamese phone number");
		}
	}

	public static PhoneNumber parse(String typed) {
		if (typed == null) {
			throw new IllegalArgumentException("not a Vietnamese phone number");
		}
		String digits = typed.replaceAll("[\\s.\\-()]", "");
		if (digits.startsWith("+84")) {
			digits = "0" + digits.substring(3);
		}
		else if (digits.startsWith("84") && digits.length() >= 11) {
			digits = "0" + digits.substring(2);
		}
		return new PhoneNumber(digits);
	}

	public static boolean isValid(String typed) {
		try {
			parse(typed);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	/** Only the last three digits, for public pages that confirm without revealing. */
	public String masked() {
		return "*******" + value.substring(value.length() - 3);
	}

	/** The number with the country code and no plus sign ({@code 84xxxxxxxxx}), as SMS centres and Zalo want it. */
	public String international() {
		return "84" + value.substring(1);
	}

	@Override
	public String toString() {
		return value;
	}

}
