package vn.langso.catalog;

import java.util.List;

/**
 * An import of a procedure list as its page shows it: progress while reading, then every line with
 * what publishing would do to it, and after confirmation how many versions were written.
 *
 * @param missingColumns the message keys of required columns the sheet lacks
 * @param provinceFees the file's fees are published as the province's own
 */
public record ProcedureImportView(String id, String fileName, Status status, int total, int processed,
		List<RowView> rows, List<String> missingColumns, int published, boolean provinceFees) {

	public enum Status {
		READING, READY, FAILED, DONE
	}

	/** What a line would do: a new procedure, a new version, nothing (same as now), or refused. */
	public enum Outcome {
		NEW, CHANGED, UNCHANGED, REFUSED
	}

	public record RowView(int line, String code, String name, Outcome outcome, List<ImportProblem> problems) {
	}

	public boolean reading() {
		return status == Status.READING;
	}

	public long count(Outcome outcome) {
		return rows.stream().filter(r -> r.outcome() == outcome).count();
	}

	/** Nothing is written while a single line is refused: the administrator fixes the file and uploads again. */
	public boolean publishable() {
		return status == Status.READY && count(Outcome.REFUSED) == 0
				&& (provinceFees || count(Outcome.NEW) + count(Outcome.CHANGED) > 0);
	}

	public int percent() {
		return total == 0 ? (reading() ? 0 : 100) : Math.min(100, processed * 100 / total);
	}

}
