package vn.langso.community;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One import in progress; fields are written by the reading thread and read by the polling page. */
final class ImportJob {

	final String id;

	final long accountId;

	final long communeId;

	final String fileName;

	final Instant createdAt;

	volatile ImportJobView.Status status = ImportJobView.Status.READING;

	volatile int total;

	volatile int processed;

	volatile int alreadyPresent;

	volatile int added;

	volatile int householdsCreated;

	final List<NewResident> rows = new ArrayList<>();

	final List<ImportProblem> problems = Collections.synchronizedList(new ArrayList<>());

	final List<String> unmatchedHeaders = new ArrayList<>();

	final List<String> missingColumns = new ArrayList<>();

	/** The one village rows may go to (a village official's), or null for any village of the commune. */
	Long onlyVillage;

	ImportJob(String id, long accountId, long communeId, String fileName, Instant createdAt) {
		this.id = id;
		this.accountId = accountId;
		this.communeId = communeId;
		this.fileName = fileName;
		this.createdAt = createdAt;
	}

	synchronized ImportJobView view() {
		boolean ready = status != ImportJobView.Status.READING;
		return new ImportJobView(id, communeId, fileName, status, total, processed, ready ? rows.size() : 0,
				ready ? alreadyPresent : 0, ready ? List.copyOf(problems) : List.of(), List.copyOf(unmatchedHeaders),
				List.copyOf(missingColumns), added, householdsCreated);
	}

}
