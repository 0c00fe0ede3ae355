package vn.langso.community;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.langso.identity.Areas;
import vn.langso.identity.AuditLog;
import vn.langso.identity.CommuneAccess;
import vn.langso.identity.CurrentUser;
import vn.langso.shared.CitizenId;
import vn.langso.shared.InvalidInputException;
import vn.langso.shared.NotFoundException;
import vn.langso.shared.PhoneNumber;
import vn.langso.shared.VietnameseText;

/**
 * The household and resident register of a commune. Every official read of a person's record and
 * every change is written to identity's audit log in the same transaction; changes also keep a
 * field-by-field history. Public callers only ever get a {@link HouseholdCard}.
 */
@Service
@Transactional(readOnly = true)
public class Residents {

	static final String RESIDENT_COLUMNS = """
			id, commune_id, village_id, household_id, full_name, relation, birth_date, gender, citizen_id, phone,
			has_smartphone, has_epayment, vneid_level2, uses_online_services, trained_on, trained_by""";

	private final JdbcClient jdbc;

	private final CommuneAccess access;

	private final Areas areas;

	private final AuditLog audit;

	private final Clock clock;

	private final ResidentRegister register;

	Residents(JdbcClient jdbc, CommuneAccess access, Areas areas, AuditLog audit, Clock clock, ResidentRegister register) {
		this.register = register;
		this.jdbc = jdbc;
		this.access = access;
		this.areas = areas;
		this.audit = audit;
		this.clock = clock;
	}

	public List<HouseholdView> households(CurrentUser user, long communeId, Long requestedVillage, String query) {
		Long villageId = access.villageFor(user, communeId, requestedVillage);
		String pattern = VietnameseText.containsPattern(query == null ? "" : query);
		String village = villageId == null ? "" : " and h.village_id = " + villageId.longValue();
		return jdbc.sql(HOUSEHOLD_SELECT + " where h.commune_id = :commune" + village + """
				 and (lower(h.house_number) like :q escape '\\' or lower(h.lane) like :q escape '\\'
				     or exists (select 1 from community_resident r where r.household_id = h.id
				                and r.full_name_folded like :q escape '\\'))
				order by h.village_id, h.lane, h.house_number""")
			.param("commune", communeId)
			.param("q", pattern)
			.query(Residents::household)
			.list().stream().sorted(HouseholdView.ADDRESS_ORDER).toList();
	}

	public HouseholdView household(CurrentUser user, long householdId) {
		HouseholdView h = jdbc.sql(HOUSEHOLD_SELECT + " where h.id = ?")
			.param(householdId)
			.query(Residents::household)
			.optional()
			.orElseThrow(() -> new NotFoundException("household " + householdId));
		access.require(user, h.communeId(), h.villageId());
		return h;
	}

	/** The members with their full records: an official view of each person, audited. */
	@Transactional
	public List<ResidentView> members(CurrentUser user, long householdId) {
		HouseholdView h = household(user, householdId);
		List<ResidentView> members = jdbc.sql("select " + RESIDENT_COLUMNS
				+ " from community_resident where household_id = ? order by case when relation = 'HEAD' then 0 else 1 end, birth_date")
			.param(householdId)
			.query(Residents::resident)
			.list();
		for (ResidentView m : members) {
			audit.record(user, h.communeId(), "VIEW", "resident", String.valueOf(m.id()), "household " + h.address());
		}
		return members;
	}

	@Transactional
	public ResidentView resident(CurrentUser user, long residentId) {
		ResidentView r = find(residentId);
		access.require(user, r.communeId(), r.villageId());
		audit.record(user, r.communeId(), "VIEW", "resident", String.valueOf(residentId), null);
		return r;
	}

	public List<ResidentChangeView> history(CurrentUser user, long residentId) {
		ResidentView r = find(residentId);
		access.require(user, r.communeId(), r.villageId());
		return jdbc.sql("""
				select at, actor_name, field, old_value, new_value from community_resident_change
				where resident_id = ? order by at desc, id desc""")
			.param(residentId)
			.query((rs, n) -> new ResidentChangeView(rs.getTimestamp("at").toInstant(), rs.getString("actor_name"),
					rs.getString("field"), rs.getString("old_value"), rs.getString("new_value")))
			.list();
	}

	/** Changes a record; each changed field goes to the history, the change as a whole to the audit log. */
	@Transactional
	public void change(CurrentUser user, long residentId, ResidentForm form) {
		ResidentView old = find(residentId);
		access.require(user, old.communeId(), old.villageId());
		String citizenId = blankToNull(form.citizenId());
		if (citizenId != null) {
			checkCitizenId(citizenId, form.birthDate(), form.gender());
			boolean taken = jdbc.sql("select count(*) from community_resident where citizen_id = ? and id <> ?")
				.params(citizenId, residentId).query(Long.class).single() > 0;
			if (taken) {
				throw new InvalidInputException("community.error.duplicateCitizenId");
			}
		}
		String phone = phoneOf(form);
		List<String[]> changes = new ArrayList<>();
		diff(changes, "fullName", old.fullName(), form.fullName().trim());
		diff(changes, "relation", old.relation(), form.relation());
		diff(changes, "birthDate", old.birthDate(), form.birthDate());
		diff(changes, "gender", old.gender(), form.gender());
		diff(changes, "citizenId", old.citizenId(), citizenId);
		diff(changes, "phone", old.phone(), phone);
		diff(changes, "hasSmartphone", old.hasSmartphone(), form.hasSmartphone());
		diff(changes, "hasEpayment", old.hasEpayment(), form.hasEpayment());
		diff(changes, "vneidLevel2", old.vneidLevel2(), form.vneidLevel2());
		diff(changes, "usesOnlineServices", old.usesOnlineServices(), form.usesOnlineServices());
		diff(changes, "trainedOn", old.trainedOn(), form.trainedOn());
		diff(changes, "trainedBy", old.trainedBy(), blankToNull(form.trainedBy()));
		if (changes.isEmpty()) {
			return;
		}
		String personKey = citizenId != null ? "id:" + citizenId : "np:r" + residentId;
		jdbc.sql("""
				update community_resident set full_name = ?, full_name_folded = ?, relation = ?, birth_date = ?,
				gender = ?, citizen_id = ?, phone = ?, has_smartphone = ?, has_epayment = ?, vneid_level2 = ?,
				uses_online_services = ?, trained_on = ?, trained_by = ?, person_key = ?, updated_at = ? where id = ?""")
			.params(form.fullName().trim(), VietnameseText.fold(form.fullName()), form.relation().name(),
					date(form.birthDate()), form.gender() == null ? null : form.gender().name(), citizenId, phone,
					form.hasSmartphone(), form.hasEpayment(), form.vneidLevel2(), form.usesOnlineServices(),
					date(form.trainedOn()), blankToNull(form.trainedBy()), personKey, Timestamp.from(clock.instant()),
					residentId)
			.update();
		recordChanges(user, old.communeId(), residentId, changes);
		audit.record(user, old.communeId(), "CHANGE", "resident", String.valueOf(residentId),
				String.join(", ", changes.stream().map(c -> c[0]).toList()));
	}

	/**
	 * Adds a person at an address of a village; the household is created when the address is new.
	 * Refused when the CCCD is malformed or already registered. Returns the new resident's id.
	 */
	@Transactional
	public long add(CurrentUser user, long communeId, long villageId, String lane, String houseNumber, ResidentForm form) {
		access.require(user, communeId, villageId);
		if (!areas.isVillageOf(villageId, communeId)) {
			throw new InvalidInputException("community.error.unknownVillage");
		}
		if (houseNumber == null || houseNumber.isBlank()) {
			throw new InvalidInputException("community.import.badHouseNumber");
		}
		String citizenId = blankToNull(form.citizenId());
		if (citizenId != null) {
			checkCitizenId(citizenId, form.birthDate(), form.gender());
			if (byCitizenId(citizenId).isPresent()) {
				throw new InvalidInputException("community.error.duplicateCitizenId");
			}
		}
		String phone = phoneOf(form);
		NewResident row = new NewResident(villageId, lane == null ? "" : lane.trim(), houseNumber.trim(), null,
				form.fullName().trim(), form.relation(), form.birthDate(), form.gender(), citizenId, phone,
				form.hasSmartphone(), form.hasEpayment(), form.vneidLevel2(), form.usesOnlineServices(), form.trainedOn(),
				blankToNull(form.trainedBy()));
		if (register.addAll(communeId, List.of(row)).added() == 0) {
			throw new InvalidInputException("community.error.duplicatePerson");
		}
		long id = jdbc.sql("select id from community_resident where person_key = ?").param(row.personKey())
			.query(Long.class).single();
		recordChanges(user, communeId, id, List.<String[]>of(new String[] { "created", null, row.fullName() }));
		audit.record(user, communeId, "CREATE", "resident", String.valueOf(id), null);
		return id;
	}

	/** Marks residents trained by a session (used by trainings); history kept, already-trained left alone. */
	@Transactional
	void markTrained(CurrentUser user, long communeId, long trainingId, LocalDate heldOn, String trainer,
			List<Long> residentIds) {
		for (Long id : residentIds) {
			ResidentView r = find(id);
			if (r.communeId() != communeId) {
				throw new NotFoundException("resident " + id);
			}
			if (r.trainedOn() == null) {
				jdbc.sql("update community_resident set trained_on = ?, trained_by = ?, training_id = ?, updated_at = ? where id = ?")
					.params(Date.valueOf(heldOn), trainer, trainingId, Timestamp.from(clock.instant()), id)
					.update();
				recordChanges(user, communeId, id, List.<String[]>of(new String[] { "trainedOn", null, heldOn.toString() }));
			}
		}
	}

	/** Names only, for attendance lists and the visit log: no CCCD, phone or birth date. */
	public List<ResidentSummary> search(CurrentUser user, long communeId, String query, int limit) {
		Long villageId = access.villageFor(user, communeId, null);
		if (query == null || query.isBlank()) {
			return List.of();
		}
		String village = villageId == null ? "" : " and r.village_id = " + villageId.longValue();
		return jdbc.sql("""
				select r.id, r.full_name, r.household_id, h.house_number, h.lane, r.trained_on
				from community_resident r join community_household h on h.id = r.household_id
				where r.commune_id = :commune and r.full_name_folded like :q escape '\\'""" + village
				+ " order by r.full_name_folded, r.id limit :limit")
			.param("commune", communeId)
			.param("q", VietnameseText.containsPattern(query))
			.param("limit", limit)
			.query((rs, n) -> summary(rs))
			.list();
	}

	/** The members of the household whose plate was scanned, by name only. */
	public List<ResidentSummary> membersByPlate(CurrentUser user, String plateToken) {
		long householdId = byToken(plateToken).map(HouseholdView::id)
			.orElseThrow(() -> new NotFoundException("plate " + plateToken));
		HouseholdView h = household(user, householdId);
		return jdbc.sql("""
				select r.id, r.full_name, r.household_id, h.house_number, h.lane, r.trained_on
				from community_resident r join community_household h on h.id = r.household_id
				where r.household_id = ? order by r.id""")
			.param(h.id())
			.query((rs, n) -> summary(rs))
			.list();
	}

	public Optional<HouseholdView> byToken(String token) {
		return jdbc.sql(HOUSEHOLD_SELECT + " where h.plate_token = ?").param(token).query(Residents::household).optional();
	}

	/** Residents found by CCCD or phone, for survey respondents. */
	Optional<ResidentView> byCitizenId(String citizenId) {
		return jdbc.sql("select " + RESIDENT_COLUMNS + " from community_resident where citizen_id = ?")
			.param(citizenId).query(Residents::resident).optional();
	}

	List<ResidentView> byPhone(long communeId, String phone) {
		return jdbc.sql("select " + RESIDENT_COLUMNS + " from community_resident where commune_id = ? and phone = ? order by id")
			.params(communeId, phone).query(Residents::resident).list();
	}

	ResidentView find(long residentId) {
		return jdbc.sql("select " + RESIDENT_COLUMNS + " from community_resident where id = ?")
			.param(residentId)
			.query(Residents::resident)
			.optional()
			.orElseThrow(() -> new NotFoundException("resident " + residentId));
	}

	/** Refuses a CCCD that is malformed or contradicts the birth year or sex typed next to it. */
	static void checkCitizenId(String citizenId, LocalDate birthDate, Gender gender) {
		Optional<String> problem = CitizenId.problemWith(citizenId);
		if (problem.isPresent()) {
			throw new InvalidInputException("community.error.badCitizenId");
		}
		CitizenId id = new CitizenId(citizenId);
		if (birthDate != null && birthDate.getYear() != id.birthYear()) {
			throw new InvalidInputException("community.error.citizenIdYear");
		}
		if (gender != null && (gender == Gender.MALE) != (id.sex() == CitizenId.Sex.MALE)) {
			throw new InvalidInputException("community.error.citizenIdSex");
		}
	}

	private void recordChanges(CurrentUser user, long communeId, long residentId, List<String[]> changes) {
		Timestamp at = Timestamp.from(clock.instant());
		for (String[] c : changes) {
			jdbc.sql("""
					insert into community_resident_change (commune_id, resident_id, at, actor_id, actor_name, field,
					old_value, new_value) values (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(communeId, residentId, at, user.accountId(), user.fullName(), c[0], trim(c[1], 200), trim(c[2], 200))
				.update();
		}
	}

	/** The typed phone in its canonical form, or null when none was typed. */
	private static String phoneOf(ResidentForm form) {
		if (blankToNull(form.phone()) == null) {
			return null;
		}
		if (!PhoneNumber.isValid(form.phone())) {
			throw new InvalidInputException("community.error.badPhone");
		}
		return PhoneNumber.parse(form.phone()).value();
	}

	private static void diff(List<String[]> changes, String field, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			changes.add(new String[] { field, before == null ? null : before.toString(),
					after == null ? null : after.toString() });
		}
	}

	static final String HOUSEHOLD_SELECT = """
			select h.id, h.commune_id, h.village_id, h.lane, h.house_number, h.head_name, h.plate_token,
			(select count(*) from community_resident r where r.household_id = h.id) as members,
			(select count(*) from community_visit v where v.household_id = h.id) as visits
			from community_household h""";

	static HouseholdView household(ResultSet rs, int n) throws SQLException {
		return new HouseholdView(rs.getLong("id"), rs.getLong("commune_id"), rs.getLong("village_id"), rs.getString("lane"),
				rs.getString("house_number"), rs.getString("head_name"), rs.getString("plate_token"), rs.getInt("members"),
				rs.getInt("visits"));
	}

	static ResidentView resident(ResultSet rs, int n) throws SQLException {
		Date birth = rs.getDate("birth_date");
		Date trained = rs.getDate("trained_on");
		String gender = rs.getString("gender");
		return new ResidentView(rs.getLong("id"), rs.getLong("commune_id"), rs.getLong("village_id"),
				rs.getLong("household_id"), rs.getString("full_name"), Relation.valueOf(rs.getString("relation")),
				birth == null ? null : birth.toLocalDate(), gender == null ? null : Gender.valueOf(gender),
				rs.getString("citizen_id"), rs.getString("phone"), rs.getBoolean("has_smartphone"),
				rs.getBoolean("has_epayment"), rs.getBoolean("vneid_level2"), rs.getBoolean("uses_online_services"),
				trained == null ? null : trained.toLocalDate(), rs.getString("trained_by"));
	}

	private static ResidentSummary summary(ResultSet rs) throws SQLException {
		String lane = rs.getString("lane");
		String address = lane.isBlank() ? rs.getString("house_number") : rs.getString("house_number") + ", " + lane;
		return new ResidentSummary(rs.getLong("id"), rs.getString("full_name"), rs.getLong("household_id"), address,
				rs.getDate("trained_on") != null);
	}

	private static Date date(LocalDate d) {
		return d == null ? null : Date.valueOf(d);
	}

	static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	private static String trim(String s, int max) {
		return s == null || s.length() <= max ? s : s.substring(0, max);
	}

}
