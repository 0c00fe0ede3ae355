package vn.langso.community;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.langso.identity.Areas;
import vn.langso.identity.AuditLog;
import vn.langso.identity.CommuneAccess;
import vn.langso.identity.CurrentUser;
import vn.langso.shared.InvalidInputException;
import vn.langso.shared.NotFoundException;

/**
 * Imports the household sheets communes keep in Excel. Reading and checking run in the background
 * (the page polls the progress); the result is a per-row report and a staged list of good rows. Only
 * when the official confirms are the good rows written, in one transaction; people already in the
 * register are recognised (by CCCD, or by name, birth date and address) so a second import of the
 * same file adds nobody. Jobs live in memory for an hour: an unconfirmed import leaves no trace.
 */
@Service
public class HouseholdImports {

	/** A household sheet of a whole commune is well under this; the request cap of the platform is larger. */
	static final int MAX_BYTES = 10 * 1024 * 1024;

	private static final Logger log = LoggerFactory.getLogger(HouseholdImports.class);

	private static final long KEEP_SECONDS = 3600;

	private final Map<String, ImportJob> jobs = new ConcurrentHashMap<>();

	private final Areas areas;

	private final CommuneAccess access;

	private final ResidentRegister register;

	private final AuditLog audit;

	private final JdbcClient jdbc;

	private final TaskExecutor executor;

	private final Clock clock;

	HouseholdImports(Areas areas, CommuneAccess access, ResidentRegister register, AuditLog audit, JdbcClient jdbc,
			@Qualifier("applicationTaskExecutor") TaskExecutor executor, Clock clock) {
		this.areas = areas;
		this.access = access;
		this.register = register;
		this.audit = audit;
		this.jdbc = jdbc;
		this.executor = executor;
		this.clock = clock;
	}

	/** Starts reading a sheet in the background; returns the job id to poll. */
	public String start(CurrentUser user, long communeId, String fileName, byte[] content) {
		Long onlyVillage = access.villageFor(user, communeId, null);
		if (content == null || content.length == 0) {
			throw new InvalidInputException("community.import.empty");
		}
		if (content.length > MAX_BYTES) {
			throw new InvalidInputException("community.import.tooLarge", MAX_BYTES / (1024 * 1024));
		}
		forget();
		ImportJob job = new ImportJob(UUID.randomUUID().toString(), user.accountId(), communeId, fileName, clock.instant());
		job.onlyVillage = onlyVillage;
		jobs.put(job.id, job);
		executor.execute(() -> read(job, content));
		return job.id;
	}

	public ImportJobView status(CurrentUser user, String jobId) {
		return job(user, jobId).view();
	}

	/** Writes the good rows; refused unless reading has finished and nothing was written yet. */
	public ImportJobView confirm(CurrentUser user, String jobId) {
		ImportJob job = job(user, jobId);
		synchronized (job) {
			if (job.status != ImportJobView.Status.READY) {
				throw new InvalidInputException("community.import.notReady");
			}
			job.status = ImportJobView.Status.IMPORTING;
		}
		try {
			long started = System.nanoTime();
			ResidentRegister.Added added = register.addAll(job.communeId, job.rows);
			log.info("Import {} confirmed: {} added in {} ms", job.id, added.added(), (System.nanoTime() - started) / 1_000_000);
			job.added = added.added();
			job.householdsCreated = added.householdsCreated();
			job.status = ImportJobView.Status.DONE;
			audit.record(user, job.communeId, "IMPORT", "resident", "import:" + job.id,
					job.fileName + ": " + added.added() + " added, " + added.alreadyPresent() + " already present, "
							+ job.problems.size() + " rows refused");
		}
		catch (RuntimeException ex) {
			job.status = ImportJobView.Status.READY;
			throw ex;
		}
		return job.view();
	}

	/** Reads and checks synchronously; the background job and tests share it. */
	void read(ImportJob job, byte[] content) {
		long started = System.nanoTime();
		try (InputStream in = new ByteArrayInputStream(content); Workbook book = new XSSFWorkbook(in)) {
			Sheet sheet = book.getSheetAt(0);
			DataFormatter text = new DataFormatter();
			Row header = sheet.getRow(sheet.getFirstRowNum());
			Map<SheetColumn, Integer> columns = columns(header, text, job);
			for (SheetColumn c : SheetColumn.values()) {
				if (c.required() && !columns.containsKey(c)) {
					job.missingColumns.add(c.header());
				}
			}
			if (!job.missingColumns.isEmpty()) {
				job.status = ImportJobView.Status.FAILED;
				return;
			}
			job.total = sheet.getLastRowNum() - header.getRowNum();
			// a village official's sheet may only fill their own village: other villages' rows are refused
			ImportRowChecker checker = new ImportRowChecker(areas.childrenOf(job.communeId).stream()
				.filter(v -> job.onlyVillage == null || v.id() == job.onlyVillage).toList(), jdbc, clock);
			for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row != null && !blank(row, text)) {
					checker.check(job, r + 1, row, columns, text);
				}
				job.processed++;
			}
			checker.markKnown(job);
			job.status = ImportJobView.Status.READY;
			log.info("Import {} read: {} rows, {} problems, {} ms", job.id, job.total, job.problems.size(),
					(System.nanoTime() - started) / 1_000_000);
		}
		catch (Exception ex) {
			log.warn("Import {} could not be read", job.id, ex);
			job.problems.add(new ImportProblem(0, "community.import.unreadable", job.fileName));
			job.status = ImportJobView.Status.FAILED;
		}
	}

	/** Finds the job of this official; a job of somebody else is "not found". */
	ImportJob job(CurrentUser user, String jobId) {
		ImportJob job = jobs.get(jobId);
		if (job == null || job.accountId != user.accountId()) {
			throw new NotFoundException("import " + jobId);
		}
		return job;
	}

	private Map<SheetColumn, Integer> columns(Row header, DataFormatter text, ImportJob job) {
		Map<SheetColumn, Integer> found = new EnumMap<>(SheetColumn.class);
		Map<Integer, String> headers = new HashMap<>();
		if (header == null) {
			return found;
		}
		for (Cell cell : header) {
			headers.put(cell.getColumnIndex(), SheetColumn.normalise(text.formatCellValue(cell)));
		}
		for (boolean exact : new boolean[] { true, false }) {
			for (SheetColumn c : SheetColumn.values()) {
				if (found.containsKey(c)) {
					continue;
				}
				headers.entrySet().stream()
					.filter(h -> !found.containsValue(h.getKey()) && !h.getValue().isEmpty())
					.filter(h -> exact ? c.matchesExactly(h.getValue()) : c.matchesLoosely(h.getValue()))
					.map(Map.Entry::getKey)
					.sorted()
					.findFirst()
					.ifPresent(index -> found.put(c, index));
			}
		}
		for (Cell cell : header) {
			String name = text.formatCellValue(cell);
			if (!name.isBlank() && !found.containsValue(cell.getColumnIndex())) {
				job.unmatchedHeaders.add(name);
			}
		}
		return found;
	}

	private static boolean blank(Row row, DataFormatter text) {
		for (Cell cell : row) {
			if (!text.formatCellValue(cell).isBlank()) {
				return false;
			}
		}
		return true;
	}

	private void forget() {
		Instant limit = clock.instant().minusSeconds(KEEP_SECONDS);
		jobs.values().removeIf(j -> j.createdAt.isBefore(limit));
	}

}
