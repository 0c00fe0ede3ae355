package vn.langso.community;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
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
import vn.langso.identity.AreaView;
import vn.langso.identity.Areas;
import vn.langso.identity.AuditLog;
import vn.langso.identity.CommuneAccess;
import vn.langso.identity.CurrentUser;
import vn.langso.shared.InvalidInputException;
import vn.langso.shared.NotFoundException;
import vn.langso.shared.PhoneNumber;
import vn.langso.shared.VietnameseText;

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

	/** Strict: 31/02 is refused, not quietly turned into 29/02. */
	private static final List<DateTimeFormatter> DATES = java.util.stream.Stream.of("d/M/uuuu", "d-M-uuuu", "d.M.uuuu", "uuuu-M-d")
		.map(p -> DateTimeFormatter.ofPattern(p).withResolverStyle(java.time.format.ResolverStyle.STRICT))
		.toList();

	private final Map<String, Job> jobs = new ConcurrentHashMap<>();

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
		access.require(user, communeId);
		if (content == null || content.length == 0) {
			throw new InvalidInputException("community.import.empty");
		}
		if (content.length > MAX_BYTES) {
			throw new InvalidInputException("community.import.tooLarge", MAX_BYTES / (1024 * 1024));
		}
		forget();
		Job job = new Job(UUID.randomUUID().toString(), user.accountId(), communeId, fileName, clock.instant());
		jobs.put(job.id, job);
		executor.execute(() -> read(job, content));
		return job.id;
	}

	public ImportJobView status(CurrentUser user, String jobId) {
		return job(user, jobId).view();
	}

	/** Writes the good rows; refused unless reading has finished and nothing was written yet. */
	public ImportJobView confirm(CurrentUser user, String jobId) {
		Job job = job(user, jobId);
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
	void read(Job job, byte[] content) {
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
			Checker checker = new Checker(job.communeId);
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
			log.warn("Import {} could not be read: {}", job.id, ex.toString());
			job.problems.add(new ImportProblem(0, "community.import.unreadable", job.fileName));
			job.status = ImportJobView.Status.FAILED;
		}
	}

	/** Finds the job of this official; a job of somebody else is "not found". */
	Job job(CurrentUser user, String jobId) {
		Job job = jobs.get(jobId);
		if (job == null || job.accountId != user.accountId()) {
			throw new NotFoundException("import " + jobId);
		}
		return job;
	}

	Job newJob(CurrentUser user, long communeId, String name) {
		access.require(user, communeId);
		Job job = new Job(UUID.randomUUID().toString(), user.accountId(), communeId, name, clock.instant());
		jobs.put(job.id, job);
		return job;
	}

	private Map<SheetColumn, Integer> columns(Row header, DataFormatter text, Job job) {
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

	/** Checks rows one by one against the commune's villages and the rows before them. */
	private final class Checker {

		private final Map<String, Long> villages = new HashMap<>();

		private final Map<String, Integer> seenPeople = new HashMap<>();

		private final List<Integer> rowNumbers = new ArrayList<>();

		Checker(long communeId) {
			for (AreaView v : areas.childrenOf(communeId)) {
				villages.put(VietnameseText.fold(v.name()), v.id());
				villages.put(VietnameseText.fold(v.name()).replaceFirst("^(thon|xom|ban|ap|to dan pho|khu) ", ""), v.id());
				villages.put(VietnameseText.fold(v.code()), v.id());
			}
		}

		void check(Job job, int rowNumber, Row row, Map<SheetColumn, Integer> columns, DataFormatter text) {
			Map<SheetColumn, String> v = new EnumMap<>(SheetColumn.class);
			Map<SheetColumn, LocalDate> dates = new EnumMap<>(SheetColumn.class);
			for (Map.Entry<SheetColumn, Integer> c : columns.entrySet()) {
				Cell cell = row.getCell(c.getValue());
				if (cell != null && cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
					dates.put(c.getKey(), cell.getLocalDateTimeCellValue().toLocalDate());
				}
				v.put(c.getKey(), cell == null ? "" : text.formatCellValue(cell).trim());
			}
			int before = job.problems.size();
			String villageText = v.getOrDefault(SheetColumn.VILLAGE, "");
			Long villageId = villages.get(VietnameseText.fold(villageText));
			if (villageId == null) {
				villageId = villages.get(VietnameseText.fold(villageText).replaceFirst("^(thon|xom|ban|ap|to dan pho|khu) ", ""));
			}
			if (villageId == null) {
				job.problems.add(new ImportProblem(rowNumber, "community.import.unknownVillage", villageText));
			}
			String name = v.getOrDefault(SheetColumn.FULL_NAME, "");
			if (name.isBlank() || name.length() > 120) {
				job.problems.add(new ImportProblem(rowNumber, "community.import.badName", name));
			}
			String house = v.getOrDefault(SheetColumn.HOUSE_NUMBER, "");
			if (house.isBlank() || house.length() > 20) {
				job.problems.add(new ImportProblem(rowNumber, "community.import.badHouseNumber", house));
			}
			String lane = v.getOrDefault(SheetColumn.LANE, "");
			LocalDate birth = date(job, rowNumber, SheetColumn.BIRTH_DATE, v, dates);
			LocalDate trainedOn = date(job, rowNumber, SheetColumn.TRAINED_ON, v, dates);
			String genderText = v.getOrDefault(SheetColumn.GENDER, "");
			Gender gender = Gender.parse(genderText);
			if (gender == null && !genderText.isBlank()) {
				job.problems.add(new ImportProblem(rowNumber, "community.import.badGender", genderText));
			}
			String citizenId = v.getOrDefault(SheetColumn.CITIZEN_ID, "").replaceAll("[\\s.]", "");
			if (!citizenId.isEmpty()) {
				try {
					Residents.checkCitizenId(citizenId, birth, gender);
				}
				catch (InvalidInputException bad) {
					job.problems.add(new ImportProblem(rowNumber, bad.messageKey(), citizenId));
				}
			}
			String phoneText = v.getOrDefault(SheetColumn.PHONE, "");
			String phone = null;
			if (!phoneText.isBlank()) {
				if (PhoneNumber.isValid(phoneText)) {
					phone = PhoneNumber.parse(phoneText).value();
				}
				else {
					job.problems.add(new ImportProblem(rowNumber, "community.error.badPhone", phoneText));
				}
			}
			if (job.problems.size() > before) {
				return;
			}
			Relation relation = Optional.ofNullable(Relation.parse(v.getOrDefault(SheetColumn.RELATION, "")))
				.orElse(Relation.OTHER);
			NewResident resident = new NewResident(villageId, lane, house, null, name, relation, birth, gender,
					citizenId.isEmpty() ? null : citizenId, phone, yes(v.get(SheetColumn.SMARTPHONE)),
					yes(v.get(SheetColumn.EPAYMENT)), yes(v.get(SheetColumn.VNEID)), yes(v.get(SheetColumn.ONLINE_SERVICES)),
					trainedOn, Residents.blankToNull(v.get(SheetColumn.TRAINED_BY)));
			Integer earlier = seenPeople.putIfAbsent(resident.personKey(), rowNumber);
			if (earlier != null) {
				job.problems.add(new ImportProblem(rowNumber, "community.import.duplicateInFile", String.valueOf(earlier)));
				return;
			}
			job.rows.add(resident);
			rowNumbers.add(rowNumber);
		}

		/**
		 * Rows whose person is already in the register: counted, and left for the register to skip;
		 * a CCCD registered to somebody with another name is a problem, not a match.
		 */
		void markKnown(Job job) {
			Set<String> known = new HashSet<>(jdbc.sql("select person_key from community_resident where commune_id = ?")
				.param(job.communeId).query(String.class).list());
			Map<String, String> namesById = new HashMap<>();
			List<String> ids = job.rows.stream().map(NewResident::citizenId).filter(c -> c != null).toList();
			for (int from = 0; from < ids.size(); from += 1000) {
				jdbc.sql("select citizen_id, full_name_folded from community_resident where citizen_id in (:ids)")
					.param("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
					.query((rs, n) -> namesById.put(rs.getString(1), rs.getString(2)))
					.list();
			}
			List<NewResident> keep = new ArrayList<>();
			for (int i = 0; i < job.rows.size(); i++) {
				NewResident r = job.rows.get(i);
				String existingName = r.citizenId() == null ? null : namesById.get(r.citizenId());
				if (existingName != null && !existingName.equals(VietnameseText.fold(r.fullName()))) {
					job.problems.add(new ImportProblem(rowNumbers.get(i), "community.import.citizenIdTaken", r.citizenId()));
					continue;
				}
				if (existingName != null || known.contains(r.personKey())) {
					job.alreadyPresent++;
				}
				keep.add(r);
			}
			job.rows.clear();
			job.rows.addAll(keep);
			job.problems.sort(java.util.Comparator.comparingInt(ImportProblem::row));
		}

		private LocalDate date(Job job, int rowNumber, SheetColumn column, Map<SheetColumn, String> v,
				Map<SheetColumn, LocalDate> dates) {
			if (dates.containsKey(column)) {
				return dates.get(column);
			}
			String typed = v.getOrDefault(column, "");
			if (typed.isBlank()) {
				return null;
			}
			for (DateTimeFormatter f : DATES) {
				try {
					LocalDate d = LocalDate.parse(typed, f);
					if (d.isAfter(LocalDate.now(clock)) || d.getYear() < 1900) {
						break;
					}
					return d;
				}
				catch (DateTimeParseException next) {
					// try the next format
				}
			}
			job.problems.add(new ImportProblem(rowNumber, "community.import.badDate", typed));
			return null;
		}

		private static boolean yes(String typed) {
			String t = VietnameseText.fold(typed);
			return t.equals("x") || t.equals("co") || t.equals("1") || t.equals("yes") || t.equals("true")
					|| t.equals("v") || t.equals("\u2713") || t.equals("da co") || t.equals("roi");
		}

	}

	/** One import in progress; fields are written by the reading thread and read by the polling page. */
	static final class Job {

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

		final List<ImportProblem> problems = java.util.Collections.synchronizedList(new ArrayList<>());

		final List<String> unmatchedHeaders = new ArrayList<>();

		final List<String> missingColumns = new ArrayList<>();

		Job(String id, long accountId, long communeId, String fileName, Instant createdAt) {
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

}
