package vn.langso.economy;

/**
 * GTIN-14 numbers: the GS1 mod-10 check digit, numbers under a producer's GS1 company prefix, and the
 * internal scheme for producers without one (GS1 restricted-circulation prefix 29, see docs/economy.md).
 */
public final class Gtins {

	/** Restricted-circulation prefix (GS1 20-29): valid inside the commune's system, not globally unique. */
	static final String INTERNAL_PREFIX = "29";

	private Gtins() {
	}

	public static boolean isValid(String gtin) {
		return gtin != null && gtin.matches("\\d{14}") && checkDigit(gtin.substring(0, 13)) == gtin.charAt(13) - '0';
	}

	/** The check digit of the digits before it: weights 3,1,3,... from the right. */
	public static int checkDigit(String digits) {
		int sum = 0;
		for (int i = 0; i < digits.length(); i++) {
			int digit = digits.charAt(digits.length() - 1 - i) - '0';
			sum += i % 2 == 0 ? digit * 3 : digit;
		}
		return (10 - sum % 10) % 10;
	}

	/** A GTIN under the producer's GS1 company prefix (Vietnam's start with 893), or the internal scheme. */
	static String forProduct(String gs1Prefix, long producerId, int itemNumber) {
		String body;
		if (gs1Prefix != null && !gs1Prefix.isBlank()) {
			int itemDigits = 12 - gs1Prefix.length();
			body = "0" + gs1Prefix + pad(itemNumber, itemDigits);
		}
		else {
			body = "0" + INTERNAL_PREFIX + pad(producerId, 5) + pad(itemNumber, 5);
		}
		return body + checkDigit(body);
	}

	public static boolean isInternal(String gtin) {
		return gtin.startsWith("0" + INTERNAL_PREFIX);
	}

	private static String pad(long value, int digits) {
		String text = Long.toString(value);
		if (text.length() > digits) {
			throw new IllegalArgumentException(value + " does not fit in " + digits + " digits");
		}
		return "0".repeat(digits - text.length()) + text;
	}

}
