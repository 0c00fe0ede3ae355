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
			line(card, "TEL;TYPE=work,voice;VALUE=uri:tel:" + official.phone());
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

	private static void line(StringBuilder card, String text) {
		card.append(text).append("\r\n");
	}

}
