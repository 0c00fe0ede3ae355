package vn.langso.dossier;

import java.time.Instant;

/** A dossier moved in its workflow; the applicant is notified, dashboards count. */
public record DossierStatusChanged(long dossierId, long communeId, String code, String procedureCode, long applicantId,
		String action, DossierStatus status, Instant at) {
}
