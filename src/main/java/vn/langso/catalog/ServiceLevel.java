package vn.langso.catalog;

/** DVCTT toàn trình (everything online, result returned online) or một phần (one step in person). */
public enum ServiceLevel {
	FULLY_ONLINE, PARTLY_ONLINE
}
