package vn.langso.community;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.langso.identity.AccountView;
import vn.langso.identity.Accounts;
import vn.langso.identity.Areas;
import vn.langso.identity.CommuneAccess;
import vn.langso.identity.CurrentUser;
import vn.langso.shared.InvalidInputException;
import vn.langso.shared.NotFoundException;

/**
 * Community digital teams going "đi từng ngõ, gõ từng nhà": teams and members, the households each
 * member looks after, the visit log and the training sessions with their attendance.
 */
@Service
@Transactional(readOnly = true)
public class DigitalTeams {

	private final JdbcClient jdbc;

	private final CommuneAccess access;

	private final Areas areas;

	private final Accounts accounts;

	private final Residents residents;

	private final Clock clock;

	DigitalTeams(JdbcClient jdbc, CommuneAccess access, Areas areas, Accounts accounts, Residents residents, Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.areas = areas;
		this.accounts = accounts;
		this.residents = residents;
		this.clock = clock;
	}

	public List<TeamView> teams(CurrentUser user, long communeId) {
		access.require(user, communeId);
		return jdbc.sql("select id, commune_id, village_id, name from community_team where commune_id = ? order by village_id, id")
			.param(communeId)
			.query((rs, n) -> new TeamView(rs.getLong("id"), rs.getLong("commune_id"),
					rs.getObject("village_id") == null ? null : rs.getLong("village_id"), rs.getString("name"), List.of()))
			.list()
			.stream()
			.map(t -> new TeamView(t.id(), t.communeId(), t.villageId(), t.name(), members(t.id())))
			.toList();
	}

	@Transactional
	public long createTeam(CurrentUser user, long communeId, Long villageId, String name) {
		access.require(user, communeId);
		if (name == null || name.isBlank()) {
			throw new InvalidInputException("community.error.nameRequired");
		}
		if (villageId != null && !areas.isVillageOf(villageId, communeId)) {
			throw new InvalidInputException("community.error.unknownVillage");
		}
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("insert into community_team (commune_id, village_id, name, created_at) values (?, ?, ?, ?)")
			.params(communeId, villageId, name.trim(), Timestamp.from(clock.instant()))
			.update(key, "id");
		return key.getKey().longValue();
	}

	/** Adds a member by their sign-in name; they must be an official of the same commune. */
	@Transactional
	public void addMember(CurrentUser user, long teamId, String username) {
		long communeId = teamCommune(user, teamId);
		AccountView account = accounts.byUsername(username == null ? "" : username.trim())
			.filter(a -> a.communeId() != null && a.communeId() == communeId)
			.orElseThrow(() -> new InvalidInputException("community.error.unknownAccount"));
		boolean already = jdbc.sql("select count(*) from community_team_member where team_id = ? and account_id = ?")
			.params(teamId, account.id()).query(Long.class).single() > 0;
		if (!already) {
			jdbc.sql("insert into community_team_member (team_id, account_id, full_name) values (?, ?, ?)")
				.params(teamId, account.id(), account.fullName()).update();
		}
	}

	/** Gives a household to a member to look after (replacing any earlier assignment). */
	@Transactional
	public void assign(CurrentUser user, long teamId, long accountId, long householdId) {
		long communeId = teamCommune(user, teamId);
		HouseholdView h = residents.household(user, householdId);
		boolean member = jdbc.sql("select count(*) from community_team_member where team_id = ? and account_id = ?")
			.params(teamId, accountId).query(Long.class).single() > 0;
		if (h.communeId() != communeId || !member) {
			throw new InvalidInputException("community.error.unknownAccount");
		}
		jdbc.sql("delete from community_assignment where household_id = ?").param(householdId).update();
		jdbc.sql("insert into community_assignment (household_id, team_id, account_id) values (?, ?, ?)")
			.params(householdId, teamId, accountId).update();
	}

	/** Who looks after the household, if anybody. */
	public java.util.Optional<String> assigneeOf(CurrentUser user, long householdId) {
		residents.household(user, householdId);
		return jdbc.sql("""
				select m.full_name from community_assignment a join community_team_member m
				on m.team_id = a.team_id and m.account_id = a.account_id where a.household_id = ?""")
			.param(householdId).query(String.class).optional();
	}

	/** The households a member looks after, for their phone's to-do list. */
	public List<HouseholdView> assignedTo(CurrentUser user) {
		return jdbc.sql(Residents.HOUSEHOLD_SELECT
				+ " join community_assignment a on a.household_id = h.id where a.account_id = ? order by h.lane, h.house_number")
			.param(user.accountId())
			.query(Residents::household)
			.list();
	}

	@Transactional
	public long logVisit(CurrentUser user, long householdId, VisitForm form) {
		HouseholdView h = residents.household(user, householdId);
		if (form.helped() == null || form.helped().isEmpty()) {
			throw new InvalidInputException("community.error.helpedRequired");
		}
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into community_visit (commune_id, village_id, household_id, account_id, actor_name, visited_at,
				helped, note) values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(h.communeId(), h.villageId(), h.id(), user.accountId(), user.fullName(),
					Timestamp.from(clock.instant()),
					form.helped().stream().distinct().map(Enum::name).collect(Collectors.joining(",")),
					Residents.blankToNull(form.note()))
			.update(key, "id");
		return key.getKey().longValue();
	}

	public List<VisitView> visits(CurrentUser user, long communeId, Long householdId, int limit) {
		access.require(user, communeId);
		String filter = householdId == null ? "" : " and v.household_id = " + householdId.longValue();
		return jdbc.sql("""
				select v.id, v.household_id, h.house_number, h.lane, v.actor_name, v.visited_at, v.helped, v.note
				from community_visit v join community_household h on h.id = v.household_id
				where v.commune_id = :commune""" + filter + " order by v.visited_at desc, v.id desc limit :limit")
			.param("commune", communeId)
			.param("limit", limit)
			.query((rs, n) -> new VisitView(rs.getLong("id"), rs.getLong("household_id"),
					rs.getString("house_number") + ", " + rs.getString("lane"), rs.getString("actor_name"),
					rs.getTimestamp("visited_at").toInstant(),
					Arrays.stream(rs.getString("helped").split(",")).map(HelpKind::valueOf).toList(), rs.getString("note")))
			.list();
	}

	@Transactional
	public long createTraining(CurrentUser user, long communeId, TrainingForm form) {
		access.require(user, communeId);
		if (form.villageId() != null && !areas.isVillageOf(form.villageId(), communeId)) {
			throw new InvalidInputException("community.error.unknownVillage");
		}
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into community_training (commune_id, village_id, title, held_on, trainer, account_id, created_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(communeId, form.villageId(), form.title().trim(), Date.valueOf(form.heldOn()), user.fullName(),
					user.accountId(), Timestamp.from(clock.instant()))
			.update(key, "id");
		return key.getKey().longValue();
	}

	public TrainingView training(CurrentUser user, long trainingId) {
		TrainingView t = jdbc.sql(TRAINING_SELECT + " where t.id = ?")
			.param(trainingId)
			.query(DigitalTeams::training)
			.optional()
			.orElseThrow(() -> new NotFoundException("training " + trainingId));
		access.require(user, t.communeId());
		// a village's officials keep to their village's sessions; commune-wide sessions are everyone's
		if (user.isVillageOfficial() && t.villageId() != null && t.villageId().longValue() != user.villageId()) {
			throw new NotFoundException("training " + trainingId);
		}
		return t;
	}

	public List<TrainingView> trainings(CurrentUser user, long communeId) {
		access.require(user, communeId);
		return jdbc.sql(TRAINING_SELECT + " where t.commune_id = ? order by t.held_on desc, t.id desc")
			.param(communeId)
			.query(DigitalTeams::training)
			.list();
	}

	public List<ResidentSummary> attendees(CurrentUser user, long trainingId) {
		training(user, trainingId);
		return jdbc.sql("""
				select r.id, r.full_name, r.household_id, h.house_number, h.lane, r.trained_on
				from community_training_attendee a join community_resident r on r.id = a.resident_id
				join community_household h on h.id = r.household_id where a.training_id = ? order by r.full_name_folded""")
			.param(trainingId)
			.query((rs, n) -> new ResidentSummary(rs.getLong("id"), rs.getString("full_name"), rs.getLong("household_id"),
					rs.getString("house_number") + ", " + rs.getString("lane"), true))
			.list();
	}

	/** Records who attended; each newly trained resident gets the session's date and trainer on their record. */
	@Transactional
	public int recordAttendance(CurrentUser user, long trainingId, List<Long> residentIds) {
		TrainingView t = training(user, trainingId);
		List<Long> fresh = residentIds.stream().distinct()
			.filter(id -> jdbc.sql("select count(*) from community_training_attendee where training_id = ? and resident_id = ?")
				.params(trainingId, id).query(Long.class).single() == 0)
			.toList();
		residents.markTrained(user, t.communeId(), trainingId, t.heldOn(), t.trainer(), fresh);
		for (Long id : fresh) {
			jdbc.sql("insert into community_training_attendee (training_id, resident_id) values (?, ?)")
				.params(trainingId, id).update();
		}
		return fresh.size();
	}

	private List<TeamView.Member> members(long teamId) {
		return jdbc.sql("""
				select m.account_id, m.full_name,
				(select count(*) from community_assignment a where a.team_id = m.team_id and a.account_id = m.account_id) as households
				from community_team_member m where m.team_id = ? order by m.full_name""")
			.param(teamId)
			.query((rs, n) -> new TeamView.Member(rs.getLong("account_id"), rs.getString("full_name"), rs.getInt("households")))
			.list();
	}

	private long teamCommune(CurrentUser user, long teamId) {
		long communeId = jdbc.sql("select commune_id from community_team where id = ?")
			.param(teamId).query(Long.class).optional()
			.orElseThrow(() -> new NotFoundException("team " + teamId));
		access.require(user, communeId);
		return communeId;
	}

	private static final String TRAINING_SELECT = """
			select t.id, t.commune_id, t.village_id, t.title, t.held_on, t.trainer,
			(select count(*) from community_training_attendee a where a.training_id = t.id) as attendees
			from community_training t""";

	private static TrainingView training(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new TrainingView(rs.getLong("id"), rs.getLong("commune_id"),
				rs.getObject("village_id") == null ? null : rs.getLong("village_id"), rs.getString("title"),
				rs.getDate("held_on").toLocalDate(), rs.getString("trainer"), rs.getInt("attendees"));
	}

}
