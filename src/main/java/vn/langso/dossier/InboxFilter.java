package vn.langso.dossier;

/** The inbox views: everything waiting, due within one working day, or overdue. */
public enum InboxFilter {
	ALL, DUE_SOON, OVERDUE
}
