package vn.langso.catalog;

/**
 * How a procedure's fee is computed from what the applicant asked for. Amounts are in đồng.
 */
public enum FeeRule {

	/** A fixed amount, possibly zero (on-time birth and death registration are exempt). */
	FIXED,

	/** A base amount plus a unit amount per copy asked for (field {@code copies} of the form). */
	PER_COPY,

	/**
	 * Certified copies (Thông tư 226/2016/TT-BTC): the unit amount for each of the first two pages,
	 * half of it from the third page, at most 200,000 đ per copy; fields {@code pages} and {@code copies}.
	 */
	CERTIFIED_COPY_PAGES;

	static final long CERTIFIED_COPY_CAP = 200_000;

	public long compute(long base, long unit, int copies, int pages) {
		int n = Math.max(copies, 0);
		return switch (this) {
			case FIXED -> base;
			case PER_COPY -> base + unit * n;
			case CERTIFIED_COPY_PAGES -> {
				int p = Math.max(pages, 1);
				long perCopy = unit * Math.min(p, 2) + (unit / 2) * Math.max(p - 2, 0);
				yield base + Math.min(perCopy, CERTIFIED_COPY_CAP) * Math.max(n, 1);
			}
		};
	}

}
