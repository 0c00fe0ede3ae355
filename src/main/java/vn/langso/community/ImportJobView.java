package vn.langso.community;

import java.util.List;

/**
 * An import as the page shows it: progress while the sheet is read and checked, then the per-row
 * report; nothing is written until the official confirms.
 */
public record ImportJobView(String id, long communeId, String fileName, Status status, int totalRows, int processedRows,
		int validRows, int alreadyPresent, List<ImportProblem> problems, List<String> unmatchedHeaders,
		List<String> missingColumns, int added, int householdsCreated) {

	public enum Status {
		READING, READY, IMPORTING, DONE, FAILED;

		public String messageKey() {
			return "community.import.status." + name();
		}
	}

	public int percent() {
		return totalRows == 0 ? (status == Status.READING ? 0 : 100) : (int) (100L * processedRows / totalRows);
	}

	public boolean finishedReading() {
		return status != Status.READING;
	}

	public int newRows() {
		return validRows - alreadyPresent;
	}

}
