package vn.langso.community;

/** A household as officials see it in lists. */
public record HouseholdView(long id, long communeId, long villageId, String lane, String houseNumber, String headName,
		String plateToken, int members, int visits) {

	public String address() {
		return lane.isBlank() ? houseNumber : houseNumber + ", " + lane;
	}

}
