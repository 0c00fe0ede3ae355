package vn.langso.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.langso.IntegrationTest;
import vn.langso.SignIn;
import vn.langso.identity.AreaLevel;
import vn.langso.identity.AreaView;
import vn.langso.identity.Areas;
import vn.langso.identity.DemoAreaCodes;

@IntegrationTest
class DashboardIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Areas areas;

	@Autowired
	Dashboards dashboards;

	@Autowired
	IndicatorRefresher refresher;

	@Autowired
	Clock clock;

	@Test
	void theStandardSetHasFourteenIndicatorsOverThreePillarsEachWithATargetAndLegalSource() {
		List<IndicatorView> all = jdbc.sql("select code from dashboard_indicator").query(String.class).list().stream()
			.map(code -> dashboards.of(AreaLevel.PROVINCE, province().id(), today()).stream()
				.filter(v -> v.indicator().code().equals(code)).findFirst().orElseThrow().indicator())
			.toList();
		assertThat(all).hasSizeGreaterThanOrEqualTo(14);
		assertThat(all).extracting(IndicatorView::pillar).contains(Pillar.values());
		assertThat(all).allSatisfy(i -> assertThat(i.legalSource()).isNotBlank());
	}

	@Test
	void xom3ShowsItsResidentsTrainedAsTheRegisterCountsThem() throws Exception {
		refresher.refreshAll();
		long xom3 = areas.byCode(DemoAreaCodes.BINH_HOA_XOM_3).orElseThrow().id();
		long residents = count("select count(*) from community_resident where village_id = ?", xom3);
		long trained = count("select count(*) from community_resident where village_id = ? and trained_on is not null", xom3);
		assertThat(residents).isEqualTo(825);
		IndicatorValue value = dashboards.of(AreaLevel.VILLAGE, xom3, today()).stream()
			.filter(v -> v.indicator().code().equals("RESIDENTS_TRAINED")).findFirst().orElseThrow();
		assertThat(value.fraction()).isEqualTo(trained + "/" + residents);
		// the store divides in another order than this line does: equal up to the last binary digit
		assertThat(value.value()).isCloseTo(100.0 * trained / residents, org.assertj.core.api.Assertions.within(1e-9));
		mvc.perform(get("/staff/chi-so").with(SignIn.as(mvc, "lanhdao")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(trained + "/" + residents)))
			.andExpect(content().string(Matchers.containsString("<svg")))
			.andExpect(content().string(Matchers.containsString("chart-target")));
	}

	@Test
	void theDemoDossiersGiveTheDossierIndicatorsRealNumbers() throws Exception {
		refresher.refreshAll();
		AreaView binhHoa = areas.byCode(DemoAreaCodes.BINH_HOA).orElseThrow();
		assertThat(count("select count(*) from dossier_dossier where submission_key like 'demo-dashboard-%'")).isEqualTo(12);
		List<IndicatorValue> values = dashboards.of(AreaLevel.COMMUNE, binhHoa.id(), today());
		for (String code : List.of("DVC_ONLINE", "DVC_FULLY_ONLINE", "DOSSIER_ON_TIME", "SATISFACTION")) {
			IndicatorValue value = values.stream().filter(v -> v.indicator().code().equals(code)).findFirst().orElseThrow();
			assertThat(value.measured()).as(code).isTrue();
		}
		long returned = count("select count(*) from dossier_dossier where commune_id = ? and finished_on_time is not null", binhHoa.id());
		IndicatorValue onTime = values.stream().filter(v -> v.indicator().code().equals("DOSSIER_ON_TIME")).findFirst().orElseThrow();
		assertThat(onTime.denominator()).isEqualTo(returned).isGreaterThanOrEqualTo(9);
	}

	@Test
	void theTransparencyPageIsPublicAndShowsEveryIndicatorAgainstItsTarget() throws Exception {
		mvc.perform(get("/xa/binh-hoa/chi-so"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Tỷ lệ người dân được bồi dưỡng, tập huấn kỹ năng số")))
			.andExpect(content().string(Matchers.containsString("Mục tiêu 70 %")))
			.andExpect(content().string(Matchers.containsString("QĐ 766/QĐ-TTg")));
		mvc.perform(get("/xa/khong-co-xa-nay/chi-so")).andExpect(status().isNotFound());
	}

	@Test
	void theApiListsDefinitionsAndACommunesValues() throws Exception {
		mvc.perform(get("/api/v1/dashboard/indicators"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.code == 'DOSSIER_ON_TIME')].numerator").value("dossier.returned-on-time"));
		mvc.perform(get("/api/v1/communes/binh-hoa/indicators"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.code == 'RESIDENTS_TRAINED')].denominator", Matchers.hasItem(Matchers.greaterThan(825))))
			.andExpect(jsonPath("$[?(@.code == 'RESIDENTS_TRAINED')].status", Matchers.hasItem(Matchers.oneOf("GREEN", "AMBER", "RED"))));
	}

	@Test
	void closedPeriodsKeepTheirValuesAndOpenPeriodsAreComputedAgain() {
		refresher.refreshAll();
		AreaView binhHoa = areas.byCode(DemoAreaCodes.BINH_HOA).orElseThrow();
		String closed = PeriodType.MONTH.containing(today()).previous().previous().previous().code();
		String current = PeriodType.MONTH.containing(today()).code();
		jdbc.sql("update dashboard_value set numerator = 4242 where indicator_code = 'DOSSIER_ON_TIME' and area_id = ? and period in (?, ?)")
			.params(binhHoa.id(), closed, current).update();
		refresher.refreshAll();
		assertThat(count("select numerator from dashboard_value where indicator_code = 'DOSSIER_ON_TIME' and area_level = 'COMMUNE' and area_id = ? and period = '" + closed + "'", binhHoa.id()))
			.isEqualTo(4242);
		assertThat(count("select numerator from dashboard_value where indicator_code = 'DOSSIER_ON_TIME' and area_level = 'COMMUNE' and area_id = ? and period = '" + current + "'", binhHoa.id()))
			.isNotEqualTo(4242);
		jdbc.sql("delete from dashboard_value where indicator_code = 'DOSSIER_ON_TIME' and period = ?").param(closed).update();
		refresher.refresh("DOSSIER_ON_TIME");
	}

	@Test
	void theProvinceRowSumsItsCommunes() {
		refresher.refreshAll();
		AreaView province = province();
		String current = PeriodType.MONTH.containing(today()).code();
		long communes = count("select sum(denominator) from dashboard_value where indicator_code = 'RESIDENTS_TRAINED' and area_level = 'COMMUNE' and province_id = ? and period = '" + current + "'", province.id());
		long whole = count("select denominator from dashboard_value where indicator_code = 'RESIDENTS_TRAINED' and area_level = 'PROVINCE' and area_id = ? and period = '" + current + "'", province.id());
		assertThat(whole).isEqualTo(communes).isGreaterThan(825);
	}

	@Test
	void definitionsAreValidatedOnSaveThroughTheApi() throws Exception {
		var admin = SignIn.as(mvc, "quantri.tinh");
		// indicators are the province's, computed for every commune: a commune administrator may not change them
		mvc.perform(put("/api/v1/dashboard/indicators/TEST_UNKNOWN").with(SignIn.as(mvc, "quantri")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(definition("community.residents-trained", "community.residents")))
			.andExpect(status().isForbidden());
		String unknown = definition("community.residents-trained-twice", "community.residents");
		mvc.perform(put("/api/v1/dashboard/indicators/TEST_UNKNOWN").with(admin).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(unknown))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail", Matchers.containsString("community.residents-trained-twice")))
			.andExpect(jsonPath("$.errors[0].field").value("numerator"));
		mvc.perform(put("/api/v1/dashboard/indicators/TEST_ZERO").with(admin).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(definition("community.residents-trained", "0")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("Mẫu số không được bằng 0 (không chia được cho 0)."));
		mvc.perform(put("/api/v1/dashboard/indicators/TEST_ABSENT").with(admin).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(definition("community.residents-trained", "")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("denominator"));
		mvc.perform(put("/api/v1/dashboard/indicators/TEST_FACTOR").with(admin).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(definition("community.residents-trained", "community.residents")
				.replace("\"factor\": 100", "\"factor\": 0").replace("\"legalSource\": \"Thử nghiệm\"", "\"legalSource\": \"\"")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("factor", "legalSource")))
			.andExpect(jsonPath("$.errors[?(@.field == 'factor')].message").value("Hệ số phải là số nguyên từ 1 đến 100000."));
		mvc.perform(put("/api/v1/dashboard/indicators/TEST_VILLAGES").with(admin).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(definition("dossier.returned-on-time", "dossier.returned")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("level"));
		assertThat(count("select count(*) from dashboard_indicator where code like 'TEST_%'")).isZero();
		mvc.perform(put("/api/v1/dashboard/indicators/TEST_SMARTPHONES").with(SignIn.as(mvc, "motcua")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(definition("community.residents-smartphone", "community.residents")))
			.andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/dashboard/indicators/TEST_SMARTPHONES").with(admin).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(definition("community.residents-smartphone", "community.residents")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value("TEST_SMARTPHONES"));
		long xom3 = areas.byCode(DemoAreaCodes.BINH_HOA_XOM_3).orElseThrow().id();
		long smartphones = count("select count(*) from community_resident where village_id = ? and has_smartphone", xom3);
		IndicatorValue value = dashboards.of(AreaLevel.VILLAGE, xom3, today()).stream()
			.filter(v -> v.indicator().code().equals("TEST_SMARTPHONES")).findFirst().orElseThrow();
		assertThat(value.numerator()).isEqualTo(smartphones);
		jdbc.sql("delete from dashboard_value where indicator_code = 'TEST_SMARTPHONES'").update();
		jdbc.sql("delete from dashboard_indicator where code = 'TEST_SMARTPHONES'").update();
	}

	@Test
	void theProvinceOverseerComparesThreeCommunesAndCountsEveryCommuneByColour() throws Exception {
		var overseer = SignIn.as(mvc, "tinh");
		List<AreaView> communes = areas.childrenOf(province().id()).stream().filter(a -> a.level() == AreaLevel.COMMUNE).toList();
		mvc.perform(get("/staff/chi-so/tinh").with(overseer)
			.param("xa", String.valueOf(communes.get(0).id()), String.valueOf(communes.get(1).id()), String.valueOf(communes.get(2).id())))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(communes.get(2).name())))
			.andExpect(content().string(Matchers.containsString("data-test=\"summary\"")))
			.andExpect(content().string(Matchers.containsString("chart-bar")));
		mvc.perform(get("/staff/chi-so/tinh").with(overseer).param("xa", String.valueOf(communes.get(0).id())))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Hãy chọn đúng 3 xã để so sánh (đã chọn 1).")));
		mvc.perform(get("/staff/chi-so/tinh").with(overseer).param("xa", "987654321")).andExpect(status().isNotFound());
		mvc.perform(get("/staff/chi-so/tinh").with(SignIn.as(mvc, "motcua"))).andExpect(status().isForbidden());
	}

	@Test
	void theSelfAssessmentIsAVietnamesePdfWithEveryIndicatorAndThePeriod() throws Exception {
		byte[] pdf = mvc.perform(get("/staff/chi-so/bao-cao.pdf").with(SignIn.as(mvc, "lanhdao")))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn().getResponse().getContentAsByteArray();
		try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
			assertThat(text).contains("BÁO CÁO TỰ ĐÁNH GIÁ", "UBND XÃ BÌNH HÒA", "Tỷ lệ người dân được bồi dưỡng, tập huấn kỹ năng số",
					"Kỳ báo cáo: " + PeriodType.MONTH.containing(today()).label(), "Tổng hợp ", "CHÍNH QUYỀN SỐ", "XÃ HỘI SỐ", "KINH TẾ SỐ");
		}
		mvc.perform(get("/staff/chi-so/bao-cao.pdf").param("commune", String.valueOf(areas.byCode(DemoAreaCodes.HOANG_DONG).orElseThrow().id()))
			.with(SignIn.as(mvc, "lanhdao"))).andExpect(status().isNotFound());
	}

	@Test
	void theExcelFilesHoldEveryIndicatorTable() throws Exception {
		byte[] xlsx = mvc.perform(get("/staff/chi-so/chi-so.xlsx").with(SignIn.as(mvc, "lanhdao")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			assertThat(book.getNumberOfSheets()).isEqualTo(3);
			assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(jdbc.sql("select count(*) from dashboard_indicator").query(Integer.class).single());
			assertThat(book.getSheetAt(1).getRow(0).getCell(1).getStringCellValue()).isNotBlank();
		}
		byte[] province = mvc.perform(get("/staff/chi-so/tinh/chi-so.xlsx").with(SignIn.as(mvc, "tinh")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(province))) {
			assertThat(book.getSheetName(0)).isEqualTo("Toàn tỉnh");
			assertThat(book.getSheetAt(1).getRow(0).getLastCellNum()).isEqualTo((short) 7);
		}
	}

	@Test
	void theDefinitionsPageRefusesAnUnknownFigureAndAZeroDenominatorInVietnamese() throws Exception {
		var admin = SignIn.as(mvc, "quantri.tinh");
		mvc.perform(post("/staff/chi-so/dinh-nghia").with(SignIn.as(mvc, "quantri")).with(csrf()).accept(MediaType.TEXT_HTML)
			.params(form("PAGE_TEST", "dossier.returned-on-time", "dossier.returned")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/staff/chi-so/dinh-nghia").with(SignIn.as(mvc, "quantri")))
			.andExpect(status().isOk());
		mvc.perform(get("/staff/chi-so/dinh-nghia").with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("community.residents-trained")));
		mvc.perform(get("/staff/chi-so/dinh-nghia").with(SignIn.as(mvc, "lanhdao"))).andExpect(status().isForbidden());
		mvc.perform(post("/staff/chi-so/dinh-nghia").with(admin).with(csrf()).params(form("PAGE_TEST", "dossier.khong-co", "dossier.submitted")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Không có số liệu nào tên “dossier.khong-co”")));
		mvc.perform(post("/staff/chi-so/dinh-nghia").with(admin).with(csrf()).params(form("PAGE_TEST", "dossier.returned-on-time", "0")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Mẫu số không được bằng 0")));
		mvc.perform(post("/staff/chi-so/dinh-nghia").with(admin).with(csrf()).params(form("DOSSIER_ON_TIME", "dossier.returned-on-time", "dossier.returned")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Đã có chỉ số mang mã này")));
		assertThat(count("select count(*) from dashboard_indicator where code = 'PAGE_TEST'")).isZero();
		mvc.perform(post("/staff/chi-so/dinh-nghia").with(admin).with(csrf()).params(form("PAGE_TEST", "dossier.returned-on-time", "dossier.returned")))
			.andExpect(status().is3xxRedirection());
		assertThat(count("select count(*) from dashboard_value where indicator_code = 'PAGE_TEST'")).isPositive();
		jdbc.sql("delete from dashboard_value where indicator_code = 'PAGE_TEST'").update();
		jdbc.sql("delete from dashboard_indicator where code = 'PAGE_TEST'").update();
	}

	private static org.springframework.util.MultiValueMap<String, String> form(String code, String numerator, String denominator) {
		var form = new org.springframework.util.LinkedMultiValueMap<String, String>();
		form.add("creating", "true");
		form.add("code", code);
		form.add("nameVi", "Tỷ lệ thử trên trang");
		form.add("nameEn", "Page test share");
		form.add("pillar", "GOVERNMENT");
		form.add("component", "SMART_COMMUNICATION");
		form.add("numerator", numerator);
		form.add("denominator", denominator);
		form.add("factor", "100");
		form.add("periodType", "MONTH");
		form.add("level", "COMMUNE");
		form.add("target", "90");
		form.add("legalSource", "Thử nghiệm");
		return form;
	}

	private static String definition(String numerator, String denominator) {
		return """
				{"nameVi": "Tỷ lệ thử", "nameEn": "Test share", "pillar": "SOCIETY", "component": "DIGITAL_TEAM",
				 "numerator": "%s", "denominator": "%s", "factor": 100, "periodType": "MONTH", "level": "VILLAGE",
				 "target": 80, "legalSource": "Thử nghiệm"}""".formatted(numerator, denominator);
	}

	private AreaView province() {
		return areas.byCode(DemoAreaCodes.PROVINCE).orElseThrow();
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private long count(String sql, Object... args) {
		Long n = jdbc.sql(sql).params(args).query(Long.class).optional().orElse(0L);
		return n == null ? 0 : n;
	}

}
