package vn.langso.payment;

/** What a bank notice did: settled a request, matched nothing, or was refused (bad signature, replay). */
public enum NoticeOutcome {
	MATCHED, UNMATCHED, REPLAYED, FORGED
}
