package vn.langso.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One version of a procedure as everybody reads it. {@code id} names this version: a dossier keeps it,
 * so a later edit of the procedure never changes the rules a dossier was filed under.
 *
 * @param processingDays working days to settle it; 0 means the same day (the next working day when
 *        received after 15:00)
 * @param verified false when the code, deadline or fee could not be checked against the official
 *        national database and must be confirmed before production use
 */
public record ProcedureView(long id, String code, int version, String name, String field, String legalBasis,
		List<ProcedureDocument> documents, FeeRule feeRule, long feeVnd, long unitFeeVnd, String feeNote,
		int processingDays, String processingNote, ServiceLevel serviceLevel, String resultName, FormSchema form,
		List<WorkflowStep> workflow, String sourceUrl, String sourceNote, boolean verified, Instant createdAt) {

	/** The fee for what the applicant asked for in the form (copies, pages). */
	public long feeFor(Map<String, Object> formValues) {
		return feeRule.compute(feeVnd, unitFeeVnd, intValue(formValues.get("copies")), intValue(formValues.get("pages")));
	}

	/** The role name that performs a workflow step (RECEIVE, PROCESS, APPROVE, RETURN). */
	public Optional<String> roleFor(String step) {
		return workflow.stream().filter(s -> s.step().equals(step)).map(WorkflowStep::role).findFirst();
	}

	/** This version with a province's amounts (same rule); the id still names the version filed under. */
	public ProcedureView withFees(long fee, long unitFee, String note) {
		return new ProcedureView(id, code, version, name, field, legalBasis, documents, feeRule, fee, unitFee, note,
				processingDays, processingNote, serviceLevel, resultName, form, workflow, sourceUrl, sourceNote, verified,
				createdAt);
	}

	public boolean feeMayApply() {
		return feeVnd > 0 || unitFeeVnd > 0;
	}

	private static int intValue(Object value) {
		return value instanceof Number n ? n.intValue() : 0;
	}

}
