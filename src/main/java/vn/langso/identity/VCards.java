package vn.langso.identity;

/**
 * Writes an official's contact as a vCard 4.0 (RFC 6350) so a phone adds it to its contacts from a
 * download or a scanned QR code. Text values are escaped as the RFC requires.
 */
public final class VCards {

	private VCards() {
	}

	public static String of(OfficialView official, String communeName) {
		StringBuilder card = new StringBuilder();
		line(card, "BEGIN:VCARD");
		line(card, "VERSION:4.0");
		line(card, "FN:" + escape(official.fullName()));
		line(card, "N:" + escape(familyName(official.fullName())) + ";" + escape(givenNames(official.fullName())) + ";;;");
		line(card, "ORG:" + escape("UBND " + communeName));
		line(card, "TITLE:" + escape(official.position()));
		if (official.phone() != null) {
			line(card, "TEL;VALUE=uri;TYPE=\"work,voice\":" + telUri(official.phone()));
		}
		if (official.email() != null) {
			line(card, "EMAIL;TYPE=work:" + escape(official.email()));
		}
		if (official.officeHours() != null) {
			line(card, "NOTE:" + escape(official.officeHours()));
		}
		line(card, "END:VCARD");
		return card.toString();
	}

	// Vietnamese names put the family name first: "Nguyễn Văn An" is family Nguyễn, given Văn An.
	private static String familyName(String fullName) {
		int space = fullName.indexOf(' ');
		return space < 0 ? fullName : fullName.substring(0, space);
	}

	private static String givenNames(String fullName) {
		int space = fullName.indexOf(' ');
		return space < 0 ? "" : fullName.substring(space + 1);
	}

	static String escape(String value) {
		return value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n");
	}

	/**
	 * A phone number as an RFC 3966 global-number tel URI, as RFC 6350 6.4.1 wants: a Vietnamese national
	 * number (0912 345 678) becomes tel:+84912345678; a number already international keeps its country code.
	 */
	static String telUri(String phone) {
		String digits = phone.replaceAll("[^0-9]", "");
		if (phone.strip().startsWith("+")) {
			return "tel:+" + digits;
		}
		if (digits.startsWith("84") && digits.length() > 10) {
			return "tel:+" + digits;
		}
		return "tel:+84" + (digits.startsWith("0") ? digits.substring(1) : digits);
	}

	/**
	 * One content line, folded as RFC 6350 3.2 says: at most 75 octets a physical line (without the CRLF),
	 * continued after CRLF and one space, never splitting a character's UTF-8 octets (Vietnamese letters take 2-3).
	 */
	static void line(StringBuilder card, String text) {
		int octets = 0;
		int limit = 75;
		for (int i = 0; i < text.length();) {
			int codePoint = text.codePointAt(i);
			int size = new String(Character.toChars(codePoint)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
			if (octets + size > limit) {
				card.append("\r\n ");
				octets = 1; // the leading space of the continuation counts toward its 75
			}
			card.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
		card.append("\r\n");
	}

}
