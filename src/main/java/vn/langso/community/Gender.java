package vn.langso.community;

import vn.langso.shared.VietnameseText;

public enum Gender {

	MALE, FEMALE;

	public String messageKey() {
		return "community.gender." + name();
	}

	/** "Nam", "Nữ", "nu", "M", "F", "male", "female"; null when it is none of them. */
	public static Gender parse(String typed) {
		String t = VietnameseText.fold(typed);
		return switch (t) {
			case "nam", "m", "male" -> MALE;
			case "nu", "f", "female" -> FEMALE;
			default -> null;
		};
	}

}
