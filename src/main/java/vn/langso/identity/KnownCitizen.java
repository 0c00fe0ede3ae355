package vn.langso.identity;

import java.time.LocalDate;

/**
 * A citizen as a register knows them: name, birth date, sex, the household's full address
 * ("Số nhà 60, Ngõ 3, Xóm 3, Xã Bình Hòa, Tỉnh Minh Họa") and their spouse in the same household.
 * Any part may be null when the register does not have it.
 */
public record KnownCitizen(String fullName, LocalDate birthDate, Sex sex, String address, Relative spouse) {

	public enum Sex {
		MALE, FEMALE
	}

	/** A member of the same household. */
	public record Relative(String fullName, LocalDate birthDate, Sex sex) {
	}

}
