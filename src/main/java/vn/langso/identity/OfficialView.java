package vn.langso.identity;

/** A public directory entry: officials' work contacts are public by design. */
public record OfficialView(long id, long communeId, String fullName, String position, String phone, String email,
		String officeHours, int sortOrder) {
}
