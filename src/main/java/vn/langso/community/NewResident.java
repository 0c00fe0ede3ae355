package vn.langso.community;

import java.time.LocalDate;

import vn.langso.shared.VietnameseText;

/** One resident to add to the register, with the household (by address) they live in. */
record NewResident(long villageId, String lane, String houseNumber, String headName, String fullName,
		Relation relation, LocalDate birthDate, Gender gender, String citizenId, String phone, boolean hasSmartphone,
		boolean hasEpayment, boolean vneidLevel2, boolean usesOnlineServices, LocalDate trainedOn, String trainedBy) {

	/** The same person whoever types them in: their CCCD, or name, birth date and address without one. */
	String personKey() {
		if (citizenId != null && !citizenId.isBlank()) {
			return "id:" + citizenId;
		}
		return "np:" + villageId + "|" + householdKey(lane, houseNumber) + "|" + VietnameseText.fold(fullName) + "|"
				+ birthDate;
	}

	String householdKey() {
		return villageId + "|" + householdKey(lane, houseNumber);
	}

	static String householdKey(String lane, String houseNumber) {
		return VietnameseText.fold(lane) + "|" + VietnameseText.fold(houseNumber);
	}

	NewResident trained(LocalDate on, String by) {
		return new NewResident(villageId, lane, houseNumber, headName, fullName, relation, birthDate, gender, citizenId,
				phone, hasSmartphone, hasEpayment, vneidLevel2, usesOnlineServices, on, by);
	}

}
