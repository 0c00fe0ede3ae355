package vn.langso.community;

import java.time.LocalDate;

/** A resident's full record, for signed-in officials only; every read of one is audited. */
public record ResidentView(long id, long communeId, long villageId, long householdId, String fullName, Relation relation,
		LocalDate birthDate, Gender gender, String citizenId, String phone, boolean hasSmartphone, boolean hasEpayment,
		boolean vneidLevel2, boolean usesOnlineServices, LocalDate trainedOn, String trainedBy) {

	public boolean trained() {
		return trainedOn != null;
	}

}
