package vn.langso.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * A dossier with its form values, for its applicant and for the officials of its commune.
 *
 * @param applicantId the applicant's account; 0 for a citizen without one whose paper dossier an officer filed
 * @param filedByName the officer who filed a paper dossier; null for one filed online by its applicant
 */
public record DossierView(long id, long communeId, String code, long procedureId, String procedureCode,
		String procedureName, long applicantId, String applicantName, DossierStatus status, Map<String, Object> form,
		long feeVnd, boolean feePaid, String trackingSecret, Instant createdAt, Instant submittedAt, Instant receivedAt,
		LocalDate dueDate, boolean extended, String apologyReason, String processingNote, String resultSerial,
		String resultSha256, Instant resultIssuedAt, boolean resultRevoked, Instant returnedAt, Boolean finishedOnTime,
		boolean overdue, DossierChannel channel, String filedByName) {
}
