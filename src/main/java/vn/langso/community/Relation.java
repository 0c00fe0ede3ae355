package vn.langso.community;

import vn.langso.shared.VietnameseText;

/** A member's relation to the head of the household, as the household register (sổ hộ khẩu) wrote it. */
public enum Relation {

	HEAD, SPOUSE, CHILD, PARENT, GRANDCHILD, SIBLING, OTHER;

	public String messageKey() {
		return "community.relation." + name();
	}

	/** Reads what communes type in their sheets: "Chủ hộ", "chu ho", "Vợ", "Con trai", "Mẹ"... */
	public static Relation parse(String typed) {
		String t = VietnameseText.fold(typed);
		if (t.isEmpty()) {
			return null;
		}
		if (t.startsWith("chu ho") || t.equals("head") || t.equals("ch")) {
			return HEAD;
		}
		if (t.startsWith("vo") || t.startsWith("chong") || t.equals("spouse")) {
			return SPOUSE;
		}
		if (t.startsWith("con") || t.equals("child")) {
			return CHILD;
		}
		if (t.startsWith("bo") || t.startsWith("me") || t.startsWith("cha") && !t.startsWith("chau")
				|| t.equals("parent")) {
			return PARENT;
		}
		if (t.startsWith("chau") || t.equals("grandchild")) {
			return GRANDCHILD;
		}
		if (t.startsWith("anh") || t.startsWith("chi") || t.startsWith("em") || t.equals("sibling")) {
			return SIBLING;
		}
		for (Relation r : values()) {
			if (r.name().equalsIgnoreCase(t)) {
				return r;
			}
		}
		return OTHER;
	}

}
