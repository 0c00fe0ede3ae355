package vn.langso.community;

/** A name in a search result or an attendance list: no identity number, no phone, no birth date. */
public record ResidentSummary(long id, String fullName, long householdId, String address, boolean trained) {
}
