package vn.langso.identity;

/** Codes of the demo province's units, for the other modules' demo loaders and for tests. */
public final class DemoAreaCodes {

	public static final String PROVINCE = "99";

	public static final String BINH_HOA = "99001";

	public static final String BINH_HOA_XOM_3 = "99001-03";

	public static final String HOANG_DONG = "99002";

	public static final String HOANG_DONG_QUANG_TRUNG = "99002-01";

	public static final String THIEN_LOC = "99003";

	public static final String THIEN_LOC_HOA_THINH = "99003-01";

	private DemoAreaCodes() {
	}

}
