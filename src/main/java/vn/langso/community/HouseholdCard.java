package vn.langso.community;

/**
 * What a house plate's QR shows to anyone: only what the commune publishes. Deliberately no
 * identity number, birth date or phone of anybody.
 */
public record HouseholdCard(long householdId, long communeId, String houseNumber, String lane, String villageName,
		String communeName, String headGivenName, String plateToken) {
}
