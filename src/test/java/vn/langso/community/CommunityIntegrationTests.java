package vn.langso.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.langso.IntegrationTest;
import vn.langso.SignIn;
import vn.langso.identity.Accounts;
import vn.langso.identity.AreaView;
import vn.langso.identity.Areas;
import vn.langso.identity.CurrentUser;
import vn.langso.identity.DemoAreaCodes;
import vn.langso.identity.LoggingSmsGateway;
import vn.langso.identity.SmsGateway;
import vn.langso.shared.InvalidInputException;

@IntegrationTest
class CommunityIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Areas areas;

	@Autowired
	Accounts accounts;

	@Autowired
	Surveys surveys;

	@Autowired
	SurveyRespondents respondents;

	@Autowired
	CommunityIndicators indicators;

	@Autowired
	SmsGateway gateway;

	@Test
	void demoRegisterReproducesTheSeedFigures() {
		long xom3 = village(DemoAreaCodes.BINH_HOA_XOM_3);
		assertThat(count("select count(*) from community_resident where village_id = ?", xom3)).isEqualTo(825);
		// trained before the platform (demo) = 439; sessions recorded by other tests carry a training id
		assertThat(count("select count(*) from community_resident where village_id = ? and trained_on is not null and training_id is null", xom3))
			.isEqualTo(439);
		long quangTrung = village(DemoAreaCodes.HOANG_DONG_QUANG_TRUNG);
		assertThat(count("select count(*) from community_household where village_id = ?", quangTrung)).isEqualTo(308);
		assertThat(count("select count(*) from community_resident where village_id = ?", quangTrung)).isEqualTo(1200);
		long hoaThinh = village(DemoAreaCodes.THIEN_LOC_HOA_THINH);
		assertThat(count("select count(*) from community_household where village_id = ?", hoaThinh)).isEqualTo(272);
		assertThat(count("select count(*) from community_resident where village_id = ?", hoaThinh)).isEqualTo(924);
		AreaView hoangDong = areas.byCode(DemoAreaCodes.HOANG_DONG).orElseThrow();
		VillageIndicators qt = indicators.ofVillage(hoangDong.id(), quangTrung);
		assertThat(qt.residents()).isEqualTo(1200);
		assertThat(qt.households()).isEqualTo(308);
	}

	@Test
	void publicHouseholdCardShowsNoCitizenIdBirthDateOrPhone() throws Exception {
		long xom3 = village(DemoAreaCodes.BINH_HOA_XOM_3);
		String token = jdbc.sql("select plate_token from community_household where village_id = ? and house_number = '60' and lane = 'Ngõ 3'")
			.param(xom3).query(String.class).single();
		String html = mvc.perform(get("/ho/" + token)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(html).contains("60").contains("Ngõ 3").contains("Xóm 3").contains("Mai");
		assertThat(html).doesNotContain("036190012345").doesNotContain("036085001234")
			.doesNotContain("0912345678").doesNotContain("0987654321")
			.doesNotContain("14/03/1990").doesNotContain("1990-03-14").doesNotContain("02/07/1985")
			.doesNotContain("Trần Thị Mai").doesNotContain("Phạm Văn Hùng");
	}

	@Test
	void everyOfficialViewOfAResidentIsAudited() throws Exception {
		long xom3 = village(DemoAreaCodes.BINH_HOA_XOM_3);
		long household = jdbc.sql("select id from community_household where village_id = ? and house_number = '60' and lane = 'Ngõ 3'")
			.param(xom3).query(Long.class).single();
		List<Long> members = jdbc.sql("select id from community_resident where household_id = ?").param(household)
			.query(Long.class).list();
		long before = count("select count(*) from identity_audit_entry where subject_type = 'resident' and action = 'VIEW'");
		var truongxom = SignIn.as(mvc, "truongxom");
		mvc.perform(get("/staff/cong-dong/ho/" + household).with(truongxom)).andExpect(status().isOk());
		mvc.perform(get("/staff/cong-dong/nhan-khau/" + members.get(0)).with(truongxom)).andExpect(status().isOk());
		long after = count("select count(*) from identity_audit_entry where subject_type = 'resident' and action = 'VIEW'");
		assertThat(after - before).isEqualTo(members.size() + 1);
		for (Long m : members) {
			assertThat(count("select count(*) from identity_audit_entry where subject_type = 'resident' and subject_id = ? and actor_name = 'Đặng Văn Hải'",
					String.valueOf(m))).isGreaterThanOrEqualTo(1);
		}
	}

	@Test
	void officialsOfAnotherCommuneCannotOpenTheRegister() throws Exception {
		long household = jdbc.sql("select min(id) from community_household where village_id = ?")
			.param(village(DemoAreaCodes.BINH_HOA_XOM_3)).query(Long.class).single();
		mvc.perform(get("/staff/cong-dong/ho/" + household).with(SignIn.as(mvc, "motcua.hoangdong")))
			.andExpect(status().is4xxClientError());
	}

	@Test
	void aResidentAnswersASurveyOnlyOnce() {
		AreaView binhHoa = areas.byCode(DemoAreaCodes.BINH_HOA).orElseThrow();
		var hung = accounts.byUsername("0987654321").orElseThrow();
		CurrentUser user = new CurrentUser(hung.id(), hung.username(), hung.fullName(), hung.roles(),
				binhHoa.parentId(), binhHoa.id(), hung.villageId());
		SurveyView survey = surveys.byToken("hailongntm");
		SurveyRespondents.Respondent respondent = respondents.respondent(user, survey);
		assertThat(respondent.key()).startsWith("resident:");
		Map<Long, List<String>> answers = Map.of(survey.questions().get(0).id(), List.of("4"),
				survey.questions().get(1).id(), List.of("Chuyển đổi số"));
		surveys.answer(survey, respondent, answers);
		assertThatThrownBy(() -> surveys.answer(survey, respondent, answers)).isInstanceOf(InvalidInputException.class)
			.hasMessage("community.survey.alreadyAnswered");
	}

	@Test
	void everyStaffPageOfTheModuleRenders() throws Exception {
		var truongxom = SignIn.as(mvc, "truongxom");
		long xom3 = village(DemoAreaCodes.BINH_HOA_XOM_3);
		long household = jdbc.sql("select min(id) from community_household where village_id = ?").param(xom3)
			.query(Long.class).single();
		long resident = jdbc.sql("select min(id) from community_resident where household_id = ?").param(household)
			.query(Long.class).single();
		long survey = surveys.byToken("hailongntm").id();
		for (String page : List.of("/staff/cong-dong", "/staff/cong-dong/thon/" + xom3, "/staff/cong-dong/thon/" + xom3 + "?q=ngo",
				"/staff/cong-dong/ho/" + household, "/staff/cong-dong/ho/" + household + "/ghi-tham",
				"/staff/cong-dong/nhan-khau/" + resident, "/staff/cong-dong/to", "/staff/cong-dong/tap-huan",
				"/staff/cong-dong/nhap", "/staff/cong-dong/lien-he", "/staff/khao-sat", "/staff/khao-sat/" + survey,
				"/staff/khao-sat/" + survey + "/ket-qua", "/staff/cong-dong/mau-nhap.xlsx", "/staff/cong-dong/xuat.xlsx",
				"/staff/khao-sat/" + survey + "/tra-loi.xlsx", "/staff/khao-sat/" + survey + "/qr.png")) {
			mvc.perform(get(page).with(truongxom)).andExpect(status().isOk());
		}
		byte[] pdf = mvc.perform(get("/staff/cong-dong/bien-so").param("village", String.valueOf(xom3)).param("lane", "Ngõ 1")
			.with(truongxom)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		for (String page : List.of("/xa/binh-hoa", "/xa/binh-hoa/khao-sat", "/xa/binh-hoa/khao-sat/hailongntm",
				"/api/v1/communes/binh-hoa/community-indicators")) {
			mvc.perform(get(page)).andExpect(status().isOk());
		}
	}

	@Test
	void anAnonymousResidentConfirmsWithAOneTimeCodeAndAnswersOnce() {
		AreaView binhHoa = areas.byCode(DemoAreaCodes.BINH_HOA).orElseThrow();
		String phone = jdbc.sql("""
				select phone from community_resident where commune_id = ? and phone is not null
				and citizen_id not in ('036190012345', '036085001234') order by id desc limit 1""")
			.param(binhHoa.id()).query(String.class).single();
		SurveyView survey = surveys.byToken("hailongntm");
		assertThatThrownBy(() -> respondents.sendCode(survey, "0900000001")).isInstanceOf(InvalidInputException.class)
			.hasMessage("community.survey.phoneUnknown");
		long codeId = respondents.sendCode(survey, phone);
		String text = ((LoggingSmsGateway) gateway).lastTo(phone).orElseThrow().text();
		String code = text.replaceAll("\\D*(\\d{6}).*", "$1");
		assertThatThrownBy(() -> respondents.confirmCode(survey, codeId, "000000".equals(code) ? "111111" : "000000"))
			.hasMessage("community.survey.codeWrong");
		SurveyRespondents.Respondent respondent = respondents.confirmCode(survey, codeId, code);
		assertThatThrownBy(() -> respondents.confirmCode(survey, codeId, code)).hasMessage("community.survey.codeExpired");
		Map<Long, List<String>> answers = Map.of(survey.questions().get(0).id(), List.of("5"),
				survey.questions().get(1).id(), List.of("Môi trường, rác thải"));
		surveys.answer(survey, respondent, answers);
		long again = respondents.sendCode(survey, phone);
		String second = ((LoggingSmsGateway) gateway).lastTo(phone).orElseThrow().text().replaceAll("\\D*(\\d{6}).*", "$1");
		SurveyRespondents.Respondent sameResident = respondents.confirmCode(survey, again, second);
		assertThatThrownBy(() -> surveys.answer(survey, sameResident, answers))
			.hasMessage("community.survey.alreadyAnswered");
	}

	@Test
	void theCommuneLeaderAddsAResidentAtANewAddressAndABadCitizenIdIsRefused() throws Exception {
		long xom1 = village("99001-01");
		// xóm 3's head has no business in xóm 1 (and xóm 3's own figures are the seed article's, left alone)
		mvc.perform(post("/staff/cong-dong/thon/" + xom1 + "/them").with(SignIn.as(mvc, "truongxom")).with(csrf())
			.param("lane", "Ngõ 9").param("houseNumber", "99").param("fullName", "Hoàng Thị Thử")
			.param("relation", "HEAD").param("birthDate", "1992-04-05").param("gender", "FEMALE"))
			.andExpect(status().isNotFound());
		var truongxom = SignIn.as(mvc, "lanhdao");
		String page = mvc.perform(post("/staff/cong-dong/thon/" + xom1 + "/them").with(truongxom).with(csrf())
			.param("lane", "Ngõ 9").param("houseNumber", "99").param("fullName", "Hoàng Thị Thử")
			.param("relation", "HEAD").param("birthDate", "1993-04-05").param("gender", "FEMALE")
			.param("citizenId", "036192000777"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains("Số CCCD không khớp năm sinh");
		assertThat(count("select count(*) from community_household where village_id = ? and lane = 'Ngõ 9'", xom1)).isZero();

		mvc.perform(post("/staff/cong-dong/thon/" + xom1 + "/them").with(truongxom).with(csrf())
			.param("lane", "Ngõ 9").param("houseNumber", "99").param("fullName", "Hoàng Thị Thử")
			.param("relation", "HEAD").param("birthDate", "1992-04-05").param("gender", "FEMALE")
			.param("citizenId", "036192000777").param("hasSmartphone", "true"))
			.andExpect(status().is3xxRedirection());
		// the year digits of 036192000777 say 1992 for a woman born in the 20th century: accepted now
		long id = jdbc.sql("select id from community_resident where citizen_id = '036192000777'").query(Long.class).single();
		assertThat(count("select count(*) from community_resident_change where resident_id = ? and field = 'created'", id)).isOne();
		assertThat(count("select count(*) from identity_audit_entry where subject_id = ? and action = 'CREATE'", String.valueOf(id))).isOne();
	}

	@Test
	void aHouseholdIsGivenToATeamMemberWhoSeesItInTheirList() throws Exception {
		long xom3 = village(DemoAreaCodes.BINH_HOA_XOM_3);
		long household = jdbc.sql("select max(id) from community_household where village_id = ?").param(xom3)
			.query(Long.class).single();
		long team = jdbc.sql("select id from community_team where name = 'Tổ công nghệ số cộng đồng xóm 3'").query(Long.class).single();
		long hoa = accounts.byUsername("congnghe").orElseThrow().id();
		var truongxom = SignIn.as(mvc, "truongxom");
		mvc.perform(post("/staff/cong-dong/ho/" + household + "/phan-cong").with(truongxom).with(csrf())
			.param("member", team + ":" + hoa)).andExpect(status().is3xxRedirection());
		String page = mvc.perform(get("/staff/cong-dong").with(SignIn.as(mvc, "congnghe"))).andReturn().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains("/staff/cong-dong/ho/" + household + "\"");
		assertThat(count("select count(*) from community_assignment where household_id = ? and account_id = ?", household, hoa)).isOne();
	}

	@Test
	void aVillageHeadSeesAndChangesOnlyTheirVillageAndTheOverseerOnlyReads() throws Exception {
		long xom3 = village(DemoAreaCodes.BINH_HOA_XOM_3);
		long xom1 = village("99001-01");
		long otherHousehold = jdbc.sql("select min(id) from community_household where village_id = ?").param(xom1).query(Long.class).single();
		long otherResident = jdbc.sql("select min(id) from community_resident where village_id = ?").param(xom1).query(Long.class).single();
		long ownResident = jdbc.sql("select min(id) from community_resident where village_id = ?").param(xom3).query(Long.class).single();
		for (String official : List.of("truongxom", "congnghe")) {
			var head = SignIn.as(mvc, official);
			for (String page : List.of("/staff/cong-dong/thon/" + xom1, "/staff/cong-dong/ho/" + otherHousehold,
					"/staff/cong-dong/nhan-khau/" + otherResident, "/staff/cong-dong/thon/" + xom1 + "/them",
					"/staff/cong-dong/ho/" + otherHousehold + "/ghi-tham")) {
				mvc.perform(get(page).with(head)).andExpect(status().isNotFound());
			}
			mvc.perform(post("/staff/cong-dong/nhan-khau/" + otherResident).with(head).with(csrf())
				.param("fullName", "Đổi Tên").param("relation", "HEAD")).andExpect(status().isNotFound());
			mvc.perform(get("/staff/cong-dong/nhan-khau/" + ownResident).with(head)).andExpect(status().isOk());
		}
		// the export of a village head holds their village's residents only
		byte[] sheet = mvc.perform(get("/staff/cong-dong/xuat.xlsx").with(SignIn.as(mvc, "truongxom")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(sheet))) {
			assertThat(book.getSheetAt(0).getLastRowNum())
				.isEqualTo((int) count("select count(*) from community_resident where village_id = ?", xom3));
		}
		// the province overseer reads the register and changes nothing
		var overseer = SignIn.as(mvc, "tinh");
		mvc.perform(get("/staff/cong-dong/nhan-khau/" + otherResident).with(overseer)).andExpect(status().isOk());
		mvc.perform(post("/staff/cong-dong/nhan-khau/" + otherResident).with(overseer).with(csrf()).accept("text/html")
			.param("fullName", "Đổi Tên").param("relation", "HEAD")).andExpect(status().isForbidden());
		mvc.perform(post("/staff/cong-dong/thon/" + xom1 + "/them").with(overseer).with(csrf()).accept("text/html")
			.param("houseNumber", "1").param("fullName", "Người Mới").param("relation", "HEAD")).andExpect(status().isForbidden());
	}

	private long village(String code) {
		return areas.byCode(code).orElseThrow().id();
	}

	private long count(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Long.class).single();
	}

}
