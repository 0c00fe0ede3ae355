package vn.langso.catalog;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.langso.identity.CurrentUser;
import vn.langso.identity.Role;
import vn.langso.shared.ForbiddenException;
import vn.langso.shared.InvalidInputException;
import vn.langso.shared.NotFoundException;

/**
 * Imports a procedure list published as a decision annex (Excel or CSV). Procedures are national and
 * shared by every commune of the province, so only a province administrator imports. Reading runs in
 * the background while the page shows progress; the administrator then sees every line with what it
 * would do and why a line is refused. Publishing writes all new versions in one transaction, and is
 * refused while any line is: a list is published whole or not at all.
 */
@Service
public class ProcedureImports {

	static final int MAX_BYTES = 5 * 1024 * 1024;

	private static final Logger log = LoggerFactory.getLogger(ProcedureImports.class);

	private static final Duration KEEP = Duration.ofHours(1);

	private final Map<String, ProcedureImportJob> jobs = new ConcurrentHashMap<>();

	private final Catalog catalog;

	private final ProvinceFees fees;

	private final TaskExecutor executor;

	private final Clock clock;

	ProcedureImports(Catalog catalog, ProvinceFees fees, @Qualifier("applicationTaskExecutor") TaskExecutor executor,
			Clock clock) {
		this.catalog = catalog;
		this.fees = fees;
		this.executor = executor;
		this.clock = clock;
	}

	/**
	 * Starts reading the file in the background; returns the id of the import to poll.
	 *
	 * @param provinceFees the file is the annex of the province's own decision: its fees are the
	 *        province's (set per province), not the national amounts
	 */
	public String start(CurrentUser user, String fileName, byte[] content, boolean provinceFees) {
		requireProvinceAdministrator(user);
		if (content == null || content.length == 0) {
			throw new InvalidInputException("catalog.import.empty");
		}
		if (content.length > MAX_BYTES) {
			throw new InvalidInputException("catalog.import.tooLarge", MAX_BYTES / (1024 * 1024));
		}
		jobs.values().removeIf(j -> j.createdAt.plus(KEEP).isBefore(clock.instant()));
		String name = fileName == null || fileName.isBlank() ? "danh-muc" : fileName.strip();
		ProcedureImportJob job = new ProcedureImportJob(UUID.randomUUID().toString(), user.accountId(), name, clock.instant(),
				provinceFees);
		jobs.put(job.id, job);
		executor.execute(() -> read(job, content));
		return job.id;
	}

	public ProcedureImportView status(CurrentUser user, String importId) {
		return job(user, importId).view();
	}

	/** Publishes every new or changed procedure of the file, or nothing. */
	@Transactional
	public ProcedureImportView publish(CurrentUser user, String importId) {
		ProcedureImportJob job = job(user, importId);
		synchronized (job) {
			if (!job.view().publishable()) {
				throw new InvalidInputException("catalog.import.notPublishable");
			}
			int published = 0;
			for (int i = 0; i < job.parsed.size(); i++) {
				ProcedureImportView.Outcome outcome = job.rows.get(i).outcome();
				ProcedureRows.Parsed line = job.parsed.get(i);
				if (outcome == ProcedureImportView.Outcome.NEW || outcome == ProcedureImportView.Outcome.CHANGED) {
					catalog.publish(line.form(), user.fullName() + " (tệp " + job.fileName + ")");
					published++;
				}
				if (job.provinceFees) {
					String source = line.source();
					fees.set(user, line.code(), line.fee().base(), line.fee().unit(), line.fee().text(),
							source.length() <= 500 ? source : source.substring(0, 499) + "…");
				}
			}
			job.published = published;
			job.status = ProcedureImportView.Status.DONE;
			log.info("Procedure import {} published: {} versions from {}", job.id, published, job.fileName);
		}
		return job.view();
	}

	/** Reads and checks every line; the background job and the tests share it. */
	void read(ProcedureImportJob job, byte[] content) {
		try {
			ProcedureSheet.Read read = ProcedureSheet.read(content);
			read.missing().forEach(c -> job.missingColumns.add("catalog.import.column." + c.name()));
			if (!job.missingColumns.isEmpty()) {
				job.status = ProcedureImportView.Status.FAILED;
				return;
			}
			job.total = read.lines().size();
			Map<String, Integer> seen = new HashMap<>();
			for (ProcedureSheet.Line line : read.lines()) {
				String code = line.get(ProcedureSheet.Column.CODE);
				Optional<ProcedureView> current = catalog.find(code);
				ProcedureRows.Parsed parsed = ProcedureRows.parse(line, current,
						"Nhập từ tệp " + job.fileName + ", dòng " + line.line(), job.provinceFees);
				Integer first = seen.putIfAbsent(code, line.line());
				if (first != null) {
					parsed = new ProcedureRows.Parsed(parsed.line(), code, parsed.name(), null, parsed.fee(), parsed.source(),
							java.util.List.of(ImportProblem.of("catalog.import.problem.duplicate", code, first)));
				}
				synchronized (job) {
					job.parsed.add(parsed);
					job.rows.add(new ProcedureImportView.RowView(parsed.line(), code, parsed.name(), outcome(parsed, current),
							parsed.problems()));
				}
				job.processed++;
			}
			job.status = job.total == 0 ? ProcedureImportView.Status.FAILED : ProcedureImportView.Status.READY;
		}
		catch (Exception unreadable) {
			log.warn("Procedure import {} could not be read", job.id, unreadable);
			job.missingColumns.add("catalog.import.unreadable");
			job.status = ProcedureImportView.Status.FAILED;
		}
	}

	private static ProcedureImportView.Outcome outcome(ProcedureRows.Parsed parsed, Optional<ProcedureView> current) {
		if (!parsed.valid()) {
			return ProcedureImportView.Outcome.REFUSED;
		}
		if (current.isEmpty()) {
			return ProcedureImportView.Outcome.NEW;
		}
		return ProcedureRows.changes(parsed.form(), current.get()) ? ProcedureImportView.Outcome.CHANGED
				: ProcedureImportView.Outcome.UNCHANGED;
	}

	private ProcedureImportJob job(CurrentUser user, String importId) {
		requireProvinceAdministrator(user);
		ProcedureImportJob job = importId == null ? null : jobs.get(importId);
		if (job == null || job.accountId != user.accountId()) {
			throw new NotFoundException("import " + importId);
		}
		return job;
	}

	static void requireProvinceAdministrator(CurrentUser user) {
		if (!user.has(Role.ADMINISTRATOR) || !user.isProvinceWide()) {
			throw new ForbiddenException("province-wide procedure definitions need the province administrator");
		}
	}

}
