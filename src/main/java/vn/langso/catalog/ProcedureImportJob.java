package vn.langso.catalog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One import in memory; the reading thread writes it, the polling page reads it. */
final class ProcedureImportJob {

	final String id;

	final long accountId;

	final String fileName;

	final Instant createdAt;

	/** The fees of the file are the province's own. */
	final boolean provinceFees;

	volatile ProcedureImportView.Status status = ProcedureImportView.Status.READING;

	volatile int total;

	volatile int processed;

	volatile int published;

	final List<ProcedureRows.Parsed> parsed = new ArrayList<>();

	final List<ProcedureImportView.RowView> rows = new ArrayList<>();

	final List<String> missingColumns = new ArrayList<>();

	ProcedureImportJob(String id, long accountId, String fileName, Instant createdAt, boolean provinceFees) {
		this.provinceFees = provinceFees;
		this.id = id;
		this.accountId = accountId;
		this.fileName = fileName;
		this.createdAt = createdAt;
	}

	synchronized ProcedureImportView view() {
		boolean read = status != ProcedureImportView.Status.READING;
		return new ProcedureImportView(id, fileName, status, total, processed, read ? List.copyOf(rows) : List.of(),
				List.copyOf(missingColumns), published, provinceFees);
	}

}
