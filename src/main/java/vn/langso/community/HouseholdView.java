package vn.langso.community;

import java.util.Comparator;

import vn.langso.shared.NaturalOrder;

/** A household as officials see it in lists. */
public record HouseholdView(long id, long communeId, long villageId, String lane, String houseNumber, String headName,
		String plateToken, int members, int visits) {

	/** Village, then lane, then house number, numbers by value: the register's order and the plate sheets'. */
	public static final Comparator<HouseholdView> ADDRESS_ORDER = Comparator.comparingLong(HouseholdView::villageId)
		.thenComparing(HouseholdView::lane, NaturalOrder.TEXT)
		.thenComparing(HouseholdView::houseNumber, NaturalOrder.TEXT);

	public String address() {
		return lane.isBlank() ? houseNumber : houseNumber + ", " + lane;
	}

}
