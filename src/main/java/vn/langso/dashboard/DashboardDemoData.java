package vn.langso.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.langso.dossier.CounterIntake;
import vn.langso.dossier.DossierAction;
import vn.langso.dossier.DossierChannel;
import vn.langso.dossier.DossierFigures;
import vn.langso.dossier.DossierView;
import vn.langso.dossier.DossierWorkflow;
import vn.langso.dossier.Dossiers;
import vn.langso.dossier.RatingForm;
import vn.langso.dossier.Ratings;
import vn.langso.identity.AccountView;
import vn.langso.identity.Accounts;
import vn.langso.identity.AreaView;
import vn.langso.identity.Areas;
import vn.langso.identity.CurrentUser;
import vn.langso.identity.DemoAreaCodes;
import vn.langso.shared.DemoData;

/**
 * After every other module's demo data. When Bình Hòa has no dossier yet, the two demo citizens file
 * twelve through the dossier module's API (marital-status certificates, fully online; marriage
 * registrations, partly online) and the demo officials take nine of them to the returned result, seven
 * rated; then the reporting store is computed once, so the demo dashboard shows real dossier figures
 * and the seeds' register figures (439/825 trained in xóm 3) at start-up.
 */
@Component
@Order(90)
@ConditionalOnProperty(name = "langso.demo-data", havingValue = "true")
class DashboardDemoData implements DemoData {

	private static final Logger log = LoggerFactory.getLogger(DashboardDemoData.class);

	/** publicity, timeliness, attitude, result (0–2 each) of the seven demo ratings. */
	private static final int[][] RATINGS = { { 2, 2, 2, 2 }, { 2, 2, 2, 2 }, { 2, 2, 1, 2 }, { 2, 1, 2, 2 },
			{ 2, 2, 2, 2 }, { 1, 2, 2, 1 }, { 2, 2, 2, 2 } };

	private final IndicatorRefresher refresher;

	private final Dossiers dossiers;

	private final DossierWorkflow workflow;

	private final Ratings ratings;

	private final DossierFigures figures;

	private final Accounts accounts;

	private final Areas areas;

	private final Clock clock;

	private final CounterIntake counter;

	DashboardDemoData(IndicatorRefresher refresher, Dossiers dossiers, DossierWorkflow workflow, Ratings ratings,
			DossierFigures figures, Accounts accounts, Areas areas, Clock clock, CounterIntake counter) {
		this.clock = clock;
		this.counter = counter;
		this.refresher = refresher;
		this.dossiers = dossiers;
		this.workflow = workflow;
		this.ratings = ratings;
		this.figures = figures;
		this.accounts = accounts;
		this.areas = areas;
	}

	@Override
	public void run(ApplicationArguments args) {
		try {
			demoDossiers();
		}
		catch (RuntimeException failure) {
			log.warn("Demo dossiers for the dashboard not filed", failure);
		}
		refresher.refreshAll();
	}

	private void demoDossiers() {
		Optional<AreaView> commune = areas.byCode(DemoAreaCodes.BINH_HOA);
		Optional<AreaView> province = areas.byCode(DemoAreaCodes.PROVINCE);
		if (commune.isEmpty() || province.isEmpty()) {
			return;
		}
		long communeId = commune.get().id();
		long filed = figures.figures(List.of(communeId), Instant.EPOCH, clock.instant().plusSeconds(86_400))
			.get(DossierFigures.SUBMITTED).commune(communeId);
		if (filed > 0) {
			return;
		}
		long provinceId = province.get().id();
		CurrentUser mai = user("0912345678", provinceId);
		CurrentUser hung = user("0987654321", provinceId);
		CurrentUser officer = user("motcua", provinceId);
		CurrentUser specialist = user("hotich", provinceId);
		CurrentUser leader = user("lanhdao", provinceId);
		int rated = 0;
		for (int i = 0; i < 12; i++) {
			CurrentUser applicant = i % 2 == 0 ? mai : hung;
			boolean marriage = i % 3 == 2;
			DossierView dossier = dossiers.submit(applicant, communeId, marriage ? "1.000894" : "1.004873",
					"demo-dashboard-%02d".formatted(i), form(applicant, marriage, i), List.of(), true);
			long id = dossier.id();
			workflow.perform(officer, id, DossierAction.RECEIVE, null, "");
			if (i >= 9) {
				continue;
			}
			workflow.perform(officer, id, DossierAction.HAND_OVER, null, "");
			workflow.perform(specialist, id, DossierAction.PROCESS, "Đủ điều kiện, đề nghị cấp.", "");
			workflow.perform(specialist, id, DossierAction.SUBMIT_FOR_APPROVAL, null, "");
			workflow.perform(leader, id, DossierAction.APPROVE, null, "");
			workflow.perform(leader, id, DossierAction.ISSUE_RESULT, null, "");
			workflow.perform(officer, id, DossierAction.RETURN_RESULT, null, "");
			if (rated < RATINGS.length) {
				int[] r = RATINGS[rated++];
				ratings.rate(applicant, id, new RatingForm(r[0], r[1], r[2], r[3], null));
			}
		}
		int onPaper = counterDossiers(officer);
		log.info("Demo dossiers for the dashboard: 12 filed online in {}, 9 returned, {} rated; {} filed on paper",
				commune.get().name(), rated, onPaper);
	}

	/**
	 * Paper dossiers the one-stop officer filed at the desk or a public-service point (one for a
	 * fictional citizen the commune does not know), so "submitted online" is not 100 % by construction.
	 */
	private int counterDossiers(CurrentUser officer) {
		String[][] people = { { "Trần Thị Mai", "036190012345", "0912345678", "COUNTER" },
				{ "Lò Thị Xuân", "036195009876", "0356789012", "SERVICE_POINT" },
				{ "Phạm Văn Hùng", "036085001234", "0987654321", "COUNTER" } };
		int filed = 0;
		for (String[] person : people) {
			Map<String, String> values = new LinkedHashMap<>();
			values.put("applicantName", person[0]);
			values.put("applicantId", person[1]);
			values.put("applicantPhone", person[2]);
			values.put("applicantResidence", "Xóm 3, xã Bình Hòa");
			values.put("maritalStatus", "Chưa đăng ký kết hôn với ai");
			values.put("purpose", "Bổ sung hồ sơ xin việc");
			values.put("copies", "1");
			counter.file(officer, "1.004873", DossierChannel.valueOf(person[3]), "demo-counter-%02d".formatted(filed), values,
					List.of());
			filed++;
		}
		return filed;
	}

	private static Map<String, String> form(CurrentUser applicant, boolean marriage, int i) {
		Map<String, String> values = new LinkedHashMap<>();
		boolean isMai = applicant.username().equals("0912345678");
		values.put("applicantName", applicant.fullName());
		values.put("applicantId", isMai ? "036190012345" : "036085001234");
		values.put("applicantPhone", applicant.username());
		values.put("applicantResidence", "Xóm 3, xã Bình Hòa");
		if (marriage) {
			values.put("partnerName", isMai ? "Nguyễn Văn Bình" : "Lê Thị Thu");
			values.put("partnerBirthDate", "1991-0%d-1%d".formatted(1 + i % 9, i % 9));
			values.put("partnerId", isMai ? "036091004321" : "036192007654");
			values.put("partnerResidence", "Xóm 2, xã Bình Hòa");
		}
		else {
			values.put("maritalStatus", "Chưa đăng ký kết hôn với ai");
			values.put("purpose", "Bổ sung hồ sơ vay vốn ngân hàng");
			values.put("copies", "1");
		}
		return values;
	}

	private CurrentUser user(String username, long provinceId) {
		AccountView account = accounts.byUsername(username)
			.orElseThrow(() -> new IllegalStateException("demo account " + username + " missing"));
		return new CurrentUser(account.id(), account.username(), account.fullName(), account.roles(), provinceId,
				account.communeId(), account.villageId());
	}

}
