package vn.langso.catalog;

import java.util.List;

/**
 * Everything an administrator sets on a procedure; saving it writes a new version.
 */
public record ProcedureForm(String code, String name, String field, String legalBasis, List<ProcedureDocument> documents,
		FeeRule feeRule, long feeVnd, long unitFeeVnd, String feeNote, int processingDays, String processingNote,
		ServiceLevel serviceLevel, String resultName, String formSchema, List<WorkflowStep> workflow, String sourceUrl,
		String sourceNote, boolean verified) {
}
