package vn.langso.community;

/** The number to text a household on: its head's phone, or else the first member's who has one. */
public record HouseholdPhone(long householdId, long villageId, String phone) {
}
