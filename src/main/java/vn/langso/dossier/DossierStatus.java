package vn.langso.dossier;

import java.util.EnumSet;
import java.util.Set;

/** Where a dossier stands in the one-stop workflow (NĐ 61/2018 Art 17–20 as practised). */
public enum DossierStatus {

	DRAFT, SUBMITTED, SUPPLEMENT_REQUESTED, RECEIVED, IN_PROCESS, AWAITING_APPROVAL, APPROVED, RESULT_ISSUED,
	RETURNED, REFUSED;

	/** Statuses in which the processing clock runs against the due date. */
	public static final Set<DossierStatus> CLOCK_RUNNING = EnumSet.of(RECEIVED, IN_PROCESS, AWAITING_APPROVAL, APPROVED);

	public boolean hasResult() {
		return this == RESULT_ISSUED || this == RETURNED;
	}

}
