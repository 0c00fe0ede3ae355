package vn.langso.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.langso.IntegrationTest;
import vn.langso.SignIn;

@IntegrationTest
class AuthorizationMatrixIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	vn.langso.identity.SmsGateway sms;

	@Autowired
	DossierRepository dossiers;

	@Autowired
	vn.langso.identity.Areas areas;

	@Autowired
	vn.langso.identity.Accounts accounts;

	@Autowired
	vn.langso.identity.AuditLog audit;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	long filedByMai() throws Exception {
		String location = mvc.perform(DossierFlowIntegrationTests.birthForm(UUID.randomUUID().toString())
			.file(new MockMultipartFile("doc_birthCertificate", "a.jpg", "image/jpeg", DossierFlowIntegrationTests.JPEG))
			.with(SignIn.as(mvc, "0912345678"))).andReturn().getResponse().getRedirectedUrl();
		return Long.parseLong(location.replaceAll(".*/ho-so/(\\d+).*", "$1"));
	}

	void api(RequestPostProcessor who, long id, String action, ResultMatcher expected) throws Exception {
		mvc.perform(post("/api/v1/dossiers/" + id + "/actions/" + action).with(who).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"comment\":\"lý do\"}")).andExpect(expected);
	}

	@Test
	void aCitizenNeverSeesAnotherCitizensDossier() throws Exception {
		long id = filedByMai();
		// a citizen of our own: the demo citizen Hùng is locked out on purpose by the sign-in throttle tests
		String phone = "0978" + String.format("%06d", Math.abs(UUID.randomUUID().hashCode()) % 1_000_000);
		String cccd = "036085" + phone.substring(4);
		vn.langso.CitizenSignUp.register(mvc, sms, areas.byCode(vn.langso.identity.DemoAreaCodes.BINH_HOA).orElseThrow().id(),
				"Lê Văn Khác", cccd, phone);
		RequestPostProcessor hung = SignIn.as(mvc, phone);
		mvc.perform(get("/tai-khoan/ho-so/" + id).with(hung)).andExpect(status().isNotFound());
		mvc.perform(get("/tai-khoan/ho-so/" + id + "/bien-nhan.pdf").with(hung)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/dossiers/" + id).with(hung)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/dossiers").with(hung)).andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == " + id + ")]").isEmpty());
		mvc.perform(get("/api/v1/dossiers/" + id)).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/dossiers/" + id).with(SignIn.as(mvc, "0912345678"))).andExpect(status().isOk());
	}

	@Test
	void anOfficerOnlySeesTheirCommunesDossiers() throws Exception {
		long id = filedByMai();
		RequestPostProcessor foreign = SignIn.as(mvc, "motcua.hoangdong");
		mvc.perform(get("/staff/ho-so/" + id).with(foreign)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/dossiers/" + id).with(foreign)).andExpect(status().isNotFound());
		api(foreign, id, "receive", status().isNotFound());
		mvc.perform(get("/api/v1/inbox").with(foreign)).andExpect(status().isOk())
			.andExpect(jsonPath("$.dossiers[?(@.id == " + id + ")]").isEmpty());
		RequestPostProcessor officer = SignIn.as(mvc, "motcua");
		for (String filter : new String[] { "ALL", "DUE_SOON", "OVERDUE" }) {
			mvc.perform(get("/staff/ho-so").param("filter", filter).param("procedure", "1.001193").with(officer))
				.andExpect(status().isOk());
		}
		mvc.perform(get("/staff/ho-so/" + id).with(officer)).andExpect(status().isOk());
		mvc.perform(get("/staff/ho-so").with(SignIn.as(mvc, "0912345678"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/inbox").with(officer)).andExpect(status().isOk())
			.andExpect(jsonPath("$.dossiers[?(@.id == " + id + ")]").isNotEmpty());
	}

	@Test
	void eachMoveIsOnlyForTheRoleOfItsStep() throws Exception {
		long id = filedByMai();
		RequestPostProcessor officer = SignIn.as(mvc, "motcua");
		RequestPostProcessor specialist = SignIn.as(mvc, "hotich");
		RequestPostProcessor leader = SignIn.as(mvc, "lanhdao");
		RequestPostProcessor mai = SignIn.as(mvc, "0912345678");
		api(mai, id, "receive", status().isNotFound());
		api(specialist, id, "receive", status().isForbidden());
		api(leader, id, "receive", status().isForbidden());
		api(officer, id, "receive", status().isOk());
		api(officer, id, "approve", status().isForbidden());
		api(leader, id, "approve", status().isConflict());
		api(specialist, id, "process", status().isConflict());
		api(specialist, id, "hand-over", status().isForbidden());
		api(officer, id, "hand-over", status().isOk());
		api(specialist, id, "submit-for-approval", status().isConflict());
		api(specialist, id, "process", status().isOk());
		api(officer, id, "submit-for-approval", status().isForbidden());
		api(specialist, id, "submit-for-approval", status().isOk());
		api(specialist, id, "approve", status().isForbidden());
		api(leader, id, "return-for-rework", status().isOk());
		assertThat(dossiers.findById(id).orElseThrow().status()).isEqualTo(DossierStatus.IN_PROCESS);
		api(specialist, id, "submit-for-approval", status().isOk());
		api(leader, id, "approve", status().isOk());
		api(specialist, id, "issue-result", status().isForbidden());
		api(officer, id, "issue-result", status().isForbidden());
		api(leader, id, "issue-result", status().isOk());
		api(leader, id, "return-result", status().isForbidden());
		api(officer, id, "return-result", status().isOk());
		assertThat(dossiers.findById(id).orElseThrow().status()).isEqualTo(DossierStatus.RETURNED);
		mvc.perform(get("/api/v1/dossiers/" + id + "/history").with(mai)).andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(10));
	}

	@Test
	void anApiSubmissionWithAnInvalidFormIsAProblemWithItsFields() throws Exception {
		mvc.perform(multipart("/api/v1/dossiers").param("communeId", String.valueOf(areas.byCode(vn.langso.identity.DemoAreaCodes.BINH_HOA).orElseThrow().id())).param("procedureCode", "1.001193")
			.param("values", "{\"childName\":\"\"}").header("Idempotency-Key", UUID.randomUUID().toString())
			.with(SignIn.as(mvc, "0912345678")).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.childName").exists())
			.andExpect(jsonPath("$.errors.doc_birthCertificate").exists());
	}

	@Test
	void onlyTheRolesOfTheDossiersWorkflowReadItAndItsFiles() throws Exception {
		long id = filedByMai();
		Long attachment = jdbc.queryForObject("select min(id) from dossier_attachment where dossier_id = ?", Long.class, id);
		// staff of the same commune whose work is not this dossier's workflow see nothing of it
		for (String outsider : new String[] { "truyenthanh", "truongxom", "congnghe", "quantri", "sanxuat" }) {
			RequestPostProcessor who = SignIn.as(mvc, outsider);
			mvc.perform(get("/api/v1/dossiers/" + id).with(who)).andExpect(status().isNotFound());
			mvc.perform(get("/api/v1/dossiers/" + id + "/history").with(who)).andExpect(status().isNotFound());
			mvc.perform(get("/tai-khoan/ho-so/" + id + "/tep/" + attachment).with(who)).andExpect(status().isNotFound());
			mvc.perform(get("/tai-khoan/ho-so/" + id + "/bien-nhan.pdf").with(who)).andExpect(status().isNotFound());
		}
		for (String insider : new String[] { "motcua", "hotich", "lanhdao", "tinh" }) {
			mvc.perform(get("/api/v1/dossiers/" + id).with(SignIn.as(mvc, insider))).andExpect(status().isOk());
		}
		mvc.perform(get("/tai-khoan/ho-so/" + id + "/tep/" + attachment).with(SignIn.as(mvc, "motcua"))).andExpect(status().isOk());
		mvc.perform(get("/tai-khoan/ho-so/" + id + "/tep/" + attachment).with(SignIn.as(mvc, "0912345678"))).andExpect(status().isOk());
		mvc.perform(get("/tai-khoan/ho-so/" + id + "/bien-nhan.pdf").with(SignIn.as(mvc, "0912345678"))).andExpect(status().isOk());
		// every file that left the dossier, to the officer or the applicant, is in the audit log
		var downloads = audit.aboutSubject("dossier", String.valueOf(id), org.springframework.data.domain.PageRequest.of(0, 50))
			.getContent().stream().filter(e -> e.action().equals("DOWNLOAD")).toList();
		assertThat(downloads).extracting(vn.langso.identity.AuditEntryView::actorName)
			.containsExactlyInAnyOrder("Nguyễn Thị Lan", "Trần Thị Mai", "Trần Thị Mai");
	}

	@Test
	void theOfficerWhoReceivedADossierCannotApproveItEvenWithTheLeadersRole() throws Exception {
		long id = filedByMai();
		// one person holding every role of the workflow, as a commune might set up by mistake
		String login = "motminh" + Math.abs(UUID.randomUUID().hashCode() % 100000);
		jdbc.update("insert into identity_account (username, full_name, password_hash, province_id, commune_id, enabled, created_at) "
				+ "select ?, 'Một Mình', password_hash, province_id, commune_id, true, created_at from identity_account where username = 'motcua'", login);
		Long account = jdbc.queryForObject("select id from identity_account where username = ?", Long.class, login);
		for (String role : new String[] { "ONE_STOP_OFFICER", "SPECIALIST", "COMMUNE_LEADER" }) {
			jdbc.update("insert into identity_account_role (account_id, role) values (?, ?)", account, role);
		}
		RequestPostProcessor alone = SignIn.as(mvc, login);
		api(alone, id, "receive", status().isOk());
		api(alone, id, "hand-over", status().isOk());
		api(alone, id, "process", status().isOk());
		api(alone, id, "submit-for-approval", status().isOk());
		api(alone, id, "approve", status().isConflict());
		assertThat(dossiers.findById(id).orElseThrow().status()).isEqualTo(DossierStatus.AWAITING_APPROVAL);
		api(SignIn.as(mvc, "lanhdao"), id, "approve", status().isOk());
	}

}
