package vn.langso.community;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.langso.identity.AccountView;
import vn.langso.identity.AreaView;
import vn.langso.identity.Accounts;
import vn.langso.identity.Areas;
import vn.langso.identity.DemoAreaCodes;
import vn.langso.shared.DemoData;

/**
 * The demo register reproducing the seed articles: xóm 3 of Bình Hòa with 825 residents of whom
 * 439 trained in digital skills; thôn Quang Trung with 308 households and 1,200 residents (over 70%
 * of working age with an e-payment account); thôn Hòa Thịnh with 272 households and 924 residents
 * (over 90% with a smartphone); the other villages smaller. All people are fictional; rows go in
 * by JDBC batches so the start stays quick.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "langso.demo-data", havingValue = "true")
class CommunityDemoData implements DemoData {

	static final int XOM_3_RESIDENTS = 825;

	static final int XOM_3_TRAINED = 439;

	private static final Logger log = LoggerFactory.getLogger(CommunityDemoData.class);

	private static final DemoPeople.Shares USUAL = new DemoPeople.Shares(0.82, 0.62, 0.7, 0.4);

	private final Areas areas;

	private final Accounts accounts;

	private final ResidentRegister register;

	private final SurveyDemo surveys;

	private final JdbcClient jdbc;

	private final Clock clock;

	CommunityDemoData(Areas areas, Accounts accounts, ResidentRegister register, SurveyDemo surveys, JdbcClient jdbc,
			Clock clock) {
		this.areas = areas;
		this.accounts = accounts;
		this.register = register;
		this.surveys = surveys;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		AreaView binhHoa = areas.byCode(DemoAreaCodes.BINH_HOA).orElse(null);
		if (binhHoa == null || jdbc.sql("select count(*) from community_household where commune_id = ?")
			.param(binhHoa.id()).query(Long.class).single() > 0) {
			return;
		}
		long started = System.nanoTime();
		LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Ho_Chi_Minh")));
		Set<String> citizenIds = new HashSet<>(List.of("036190012345", "036085001234"));
		binhHoa(binhHoa, new DemoPeople(3, 36, citizenIds, today), today);
		AreaView hoangDong = areas.byCode(DemoAreaCodes.HOANG_DONG).orElseThrow();
		village(hoangDong, DemoAreaCodes.HOANG_DONG_QUANG_TRUNG, 308, 1200,
				new DemoPeople.Shares(0.85, 0.78, 0.75, 0.45), new DemoPeople(4, 38, citizenIds, today), 0.3, today);
		village(hoangDong, "99002-02", 150, 530, USUAL, new DemoPeople(5, 38, citizenIds, today), 0.15, today);
		village(hoangDong, "99002-03", 140, 500, USUAL, new DemoPeople(6, 38, citizenIds, today), 0.12, today);
		AreaView thienLoc = areas.byCode(DemoAreaCodes.THIEN_LOC).orElseThrow();
		village(thienLoc, DemoAreaCodes.THIEN_LOC_HOA_THINH, 272, 924, new DemoPeople.Shares(0.95, 0.7, 0.72, 0.5),
				new DemoPeople(7, 42, citizenIds, today), 0.35, today);
		village(thienLoc, "99003-02", 130, 450, USUAL, new DemoPeople(8, 42, citizenIds, today), 0.1, today);
		village(thienLoc, "99003-03", 120, 420, USUAL, new DemoPeople(9, 42, citizenIds, today), 0.1, today);
		teamsAndVisits(binhHoa, hoangDong);
		surveys.demo(binhHoa.id());
		log.info("Community demo register loaded in {} ms: {} households, {} residents",
				(System.nanoTime() - started) / 1_000_000,
				jdbc.sql("select count(*) from community_household").query(Long.class).single(),
				jdbc.sql("select count(*) from community_resident").query(Long.class).single());
	}

	private void binhHoa(AreaView commune, DemoPeople people, LocalDate today) {
		int[][] sizes = { { 160, 560 }, { 150, 540 }, { 0, 0 }, { 140, 500 }, { 130, 470 }, { 120, 430 } };
		for (int i = 0; i < sizes.length; i++) {
			String code = commune.code() + "-" + String.format("%02d", i + 1);
			if (code.equals(DemoAreaCodes.BINH_HOA_XOM_3)) {
				xom3(commune, people, today);
			}
			else {
				village(commune, code, sizes[i][0], sizes[i][1], USUAL, people, 0.2, today);
			}
		}
	}

	/** 235 generated households plus the two demo citizens' household: 825 people, 439 of them trained. */
	private void xom3(AreaView commune, DemoPeople people, LocalDate today) {
		long villageId = areas.byCode(DemoAreaCodes.BINH_HOA_XOM_3).orElseThrow().id();
		List<NewResident> rows = new ArrayList<>(people.village(villageId, 235, XOM_3_RESIDENTS - 2,
				new DemoPeople.Shares(0.88, 0.72, 0.8, 0.55)));
		rows.add(new NewResident(villageId, "Ngõ 3", "60", "Trần Thị Mai", "Trần Thị Mai", Relation.HEAD,
				LocalDate.of(1990, 3, 14), Gender.FEMALE, "036190012345", "0912345678", true, true, true, true, null, null));
		rows.add(new NewResident(villageId, "Ngõ 3", "60", "Trần Thị Mai", "Phạm Văn Hùng", Relation.SPOUSE,
				LocalDate.of(1985, 7, 2), Gender.MALE, "036085001234", "0987654321", true, true, false, false, null, null));
		trainSome(rows, XOM_3_TRAINED, people, today, "Tổ công nghệ số cộng đồng xóm 3");
		register.addAll(commune.id(), rows);
	}

	private void village(AreaView commune, String code, int households, int residents, DemoPeople.Shares shares,
			DemoPeople people, double trainedShare, LocalDate today) {
		long villageId = areas.byCode(code).orElseThrow().id();
		List<NewResident> rows = new ArrayList<>(people.village(villageId, households, residents, shares));
		trainSome(rows, (int) Math.round(residents * trainedShare), people, today, "Tổ công nghệ số cộng đồng");
		register.addAll(commune.id(), rows);
	}

	/** Marks exactly {@code count} residents aged ten or more as trained during the last two years. */
	private static void trainSome(List<NewResident> rows, int count, DemoPeople people, LocalDate today, String by) {
		List<Integer> eligible = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			if (today.getYear() - rows.get(i).birthDate().getYear() >= 10 && rows.get(i).citizenId() != null
					&& !rows.get(i).citizenId().equals("036190012345")) {
				eligible.add(i);
			}
		}
		for (int n = 0; n < count; n++) {
			int pick = eligible.remove(people.nextInt(eligible.size()));
			rows.set(pick, rows.get(pick).trained(today.minusDays(30 + people.nextInt(700)), by));
		}
	}

	private void teamsAndVisits(AreaView binhHoa, AreaView hoangDong) {
		Timestamp now = Timestamp.from(clock.instant());
		long xom3 = areas.byCode(DemoAreaCodes.BINH_HOA_XOM_3).orElseThrow().id();
		long team = insertTeam(binhHoa.id(), xom3, "Tổ công nghệ số cộng đồng xóm 3", now);
		insertTeam(binhHoa.id(), null, "Tổ xung kích công nghệ xã Bình Hòa", now);
		insertTeam(hoangDong.id(), areas.byCode(DemoAreaCodes.HOANG_DONG_QUANG_TRUNG).orElseThrow().id(),
				"Tổ công nghệ số cộng đồng thôn Quang Trung", now);
		AccountView member = accounts.byUsername("congnghe").orElseThrow();
		AccountView head = accounts.byUsername("truongxom").orElseThrow();
		for (AccountView a : List.of(member, head)) {
			jdbc.sql("insert into community_team_member (team_id, account_id, full_name) values (?, ?, ?)")
				.params(team, a.id(), a.fullName()).update();
		}
		List<Long> households = jdbc.sql("select id from community_household where village_id = ? order by lane, id")
			.param(xom3).query(Long.class).list();
		String[] helps = { "INSTALL_VNEID", "VNEID_LEVEL2", "OPEN_EPAYMENT", "ONLINE_PROCEDURE", "FEEDBACK_APP",
				"SMARTPHONE_BASICS" };
		for (int i = 0; i < households.size(); i++) {
			AccountView who = i % 2 == 0 ? member : head;
			jdbc.sql("insert into community_assignment (household_id, team_id, account_id) values (?, ?, ?)")
				.params(households.get(i), team, who.id()).update();
			if (i % 4 != 3) {
				jdbc.sql("""
						insert into community_visit (commune_id, village_id, household_id, account_id, actor_name,
						visited_at, helped, note) values (?, ?, ?, ?, ?, ?, ?, null)""")
					.params(binhHoa.id(), xom3, households.get(i), who.id(), who.fullName(),
							Timestamp.from(clock.instant().minusSeconds(86_400L * (7 + i % 300))),
							helps[i % helps.length] + (i % 3 == 0 ? "," + helps[(i + 2) % helps.length] : ""))
					.update();
			}
		}
	}

	private long insertTeam(long communeId, Long villageId, String name, Timestamp now) {
		var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
		jdbc.sql("insert into community_team (commune_id, village_id, name, created_at) values (?, ?, ?, ?)")
			.params(communeId, villageId, name, now)
			.update(key, "id");
		return key.getKey().longValue();
	}

}
