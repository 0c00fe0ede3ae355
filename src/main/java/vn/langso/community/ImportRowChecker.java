package vn.langso.community;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.langso.identity.AreaView;
import vn.langso.shared.InvalidInputException;
import vn.langso.shared.PhoneNumber;
import vn.langso.shared.VietnameseText;

/** Checks an import's rows one by one against the commune's villages and the rows before them. */
final class ImportRowChecker {

	/** Strict: 31/02 is refused, not quietly turned into 29/02. */
	private static final List<DateTimeFormatter> DATES = Stream.of("d/M/uuuu", "d-M-uuuu", "d.M.uuuu", "uuuu-M-d")
		.map(p -> DateTimeFormatter.ofPattern(p).withResolverStyle(ResolverStyle.STRICT))
		.toList();

	private static final String VILLAGE_PREFIX = "^(thon|xom|ban|ap|to dan pho|khu) ";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Map<String, Long> villages = new HashMap<>();

	private final Map<String, Integer> seenPeople = new HashMap<>();

	private final List<Integer> rowNumbers = new ArrayList<>();

	ImportRowChecker(List<AreaView> communeVillages, JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
		for (AreaView v : communeVillages) {
			villages.put(VietnameseText.fold(v.name()), v.id());
			villages.put(VietnameseText.fold(v.name()).replaceFirst(VILLAGE_PREFIX, ""), v.id());
			villages.put(VietnameseText.fold(v.code()), v.id());
		}
	}

	void check(ImportJob job, int rowNumber, Row row, Map<SheetColumn, Integer> columns, DataFormatter text) {
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
			villageId = villages.get(VietnameseText.fold(villageText).replaceFirst(VILLAGE_PREFIX, ""));
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
	void markKnown(ImportJob job) {
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
		job.problems.sort(Comparator.comparingInt(ImportProblem::row));
	}

	private LocalDate date(ImportJob job, int rowNumber, SheetColumn column, Map<SheetColumn, String> v,
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
