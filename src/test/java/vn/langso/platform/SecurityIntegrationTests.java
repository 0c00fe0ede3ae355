package vn.langso.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.langso.IntegrationTest;
import vn.langso.PortalClient;
import vn.langso.SignIn;

@IntegrationTest
class SecurityIntegrationTests {

	@Autowired
	vn.langso.identity.LoginThrottle loginThrottle;

	@Autowired
	MockMvc mvc;

	@Autowired
	vn.langso.identity.SmsGateway sms;

	@Autowired
	vn.langso.identity.Areas areas;

	@LocalServerPort
	int port;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Test
	void anonymousVisitorsAreSentToSignInFromStaffPages() throws Exception {
		mvc.perform(get("/staff")).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/dang-nhap"));
	}

	@Test
	void citizenGetsTheVietnameseForbiddenPageOnStaffPages() throws Exception {
		PortalClient citizen = new PortalClient(port);
		citizen.signIn("0912345678", SignIn.PASSWORD);
		for (String page : new String[] { "/staff", "/staff/danh-ba", "/staff/nhat-ky" }) {
			HttpResponse<String> response = citizen.get(page);
			assertThat(response.statusCode()).as(page).isEqualTo(403);
			assertThat(response.body()).contains("Bạn không có quyền truy cập trang này").doesNotContain("Exception");
		}
	}

	@Test
	void officerMaySeeTheStaffAreaButNotTheAdministratorsPages() throws Exception {
		RequestPostProcessor officer = SignIn.as(mvc, "motcua");
		mvc.perform(get("/staff").with(officer)).andExpect(status().isOk());
		mvc.perform(get("/staff/nhat-ky").with(officer).accept("text/html")).andExpect(status().isForbidden());
	}

	@Test
	void signInByCitizenIdAndByPhoneBothWork() throws Exception {
		assertThat(SignIn.as(mvc, "036190012345")).isNotNull();
		assertThat(SignIn.as(mvc, "+84 912 345 678")).isNotNull();
	}

	@Test
	void tenWrongPasswordsLockTheLoginWithAVietnameseMessage() throws Exception {
		String login = "0987654321";
		String attacker = "203.0.113.10";
		String lastRedirect = null;
		for (int attempt = 0; attempt < 10; attempt++) {
			lastRedirect = mvc.perform(post("/dang-nhap").with(csrf()).with(from(attacker)).param("login", login).param("password", "sai-mat-khau"))
				.andReturn().getResponse().getRedirectedUrl();
		}
		assertThat(lastRedirect).isEqualTo("/dang-nhap?locked=true");
		// even the right password is refused while the lock lasts
		mvc.perform(post("/dang-nhap").with(csrf()).with(from(attacker)).param("login", login).param("password", SignIn.PASSWORD))
			.andExpect(redirectedUrl("/dang-nhap?locked=true"));
		mvc.perform(get("/dang-nhap?locked=true"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Bạn đã nhập sai mật khẩu quá nhiều lần")));
		// the demo citizen is shared by the whole suite (one context): lift the lock so later tests can sign in
		loginThrottle.recordSuccess(login, attacker);
		assertThat(loginThrottle.isLocked(login, attacker)).isFalse();
	}

	@Test
	void everySpellingOfAPhoneAndTheCitizenIdCountAgainstTheSameAccount() throws Exception {
		String phone = "0979" + String.format("%06d", Math.abs(java.util.UUID.randomUUID().hashCode()) % 1_000_000);
		String cccd = "036085" + phone.substring(4);
		vn.langso.CitizenSignUp.register(mvc, sms, areas.byCode(vn.langso.identity.DemoAreaCodes.BINH_HOA).orElseThrow().id(),
				"Lê Văn Thử", cccd, phone);
		String digits = phone.substring(1);
		String[] spellings = { "+84 " + digits.substring(0, 3) + " " + digits.substring(3), phone.substring(0, 4) + "." + phone.substring(4, 7)
				+ "." + phone.substring(7), "84" + digits, cccd, " " + phone + " " };
		for (int i = 0; i < spellings.length; i++) {
			// each guess from its own address, so only the per-account count can stop them
			mvc.perform(post("/dang-nhap").with(csrf()).with(from("198.51.100." + (i + 1))).param("login", spellings[i])
				.param("password", "sai-mat-khau"));
		}
		mvc.perform(post("/dang-nhap").with(csrf()).with(from("198.51.100.99")).param("login", phone).param("password", SignIn.PASSWORD))
			.andExpect(redirectedUrl("/dang-nhap?locked=true"));
	}

	@Test
	void anAttackerCannotLockAnOfficialOutOfTheAddressTheySignInFrom() throws Exception {
		SignIn.as(mvc, "motcua"); // the officer's usual sign-in, from the office's address
		String attacker = "203.0.113.20";
		for (int attempt = 0; attempt < 10; attempt++) {
			mvc.perform(post("/dang-nhap").with(csrf()).with(from(attacker)).param("login", "motcua").param("password", "sai-mat-khau"));
		}
		mvc.perform(post("/dang-nhap").with(csrf()).with(from(attacker)).param("login", "motcua").param("password", SignIn.PASSWORD))
			.andExpect(redirectedUrl("/dang-nhap?locked=true"));
		assertThat(SignIn.as(mvc, "motcua")).as("the officer still signs in from the office").isNotNull();
	}

	@Test
	void anAddressThatFailsTooOftenIsRefusedWhateverAccountItTries() throws Exception {
		String guesser = "192.0.2.77";
		for (int attempt = 0; attempt < 20; attempt++) {
			mvc.perform(post("/dang-nhap").with(csrf()).with(from(guesser)).param("login", "khong-co-" + attempt)
				.param("password", "sai-mat-khau"));
		}
		mvc.perform(post("/dang-nhap").with(csrf()).with(from(guesser)).param("login", "hotich").param("password", SignIn.PASSWORD))
			.andExpect(redirectedUrl("/dang-nhap?locked=true"));
		assertThat(SignIn.as(mvc, "hotich")).as("the same account from another address").isNotNull();
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	@Test
	void formsWithoutTheCsrfTokenAreRefused() throws Exception {
		mvc.perform(post("/dang-nhap").param("login", "motcua").param("password", SignIn.PASSWORD))
			.andExpect(status().isForbidden());
	}

	@Test
	void signInChangesTheSessionIdAgainstFixation() throws Exception {
		PortalClient browser = new PortalClient(port);
		String before = sessionCookie(browser.get("/dang-nhap"));
		HttpResponse<String> signedIn = browser.signIn("hotich", SignIn.PASSWORD);
		assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/staff"));
		assertThat(sessionCookie(signedIn)).isNotNull().isNotEqualTo(before);
	}

	@Test
	void sessionsLiveInTheDatabaseSoNodesStayStateless() throws Exception {
		PortalClient browser = new PortalClient(port);
		String cookie = sessionCookie(browser.signIn("lanhdao", SignIn.PASSWORD));
		String sessionId = new String(java.util.Base64.getDecoder().decode(cookie.substring("SESSION=".length())));
		Integer rows = jdbc.queryForObject(
				"select count(*) from spring_session where session_id = ? and principal_name = 'lanhdao'", Integer.class,
				sessionId);
		assertThat(rows).isEqualTo(1);
	}

	private static String sessionCookie(HttpResponse<String> response) {
		return response.headers().allValues("Set-Cookie").stream()
			.filter(c -> c.startsWith("SESSION="))
			.map(c -> c.substring(0, c.indexOf(';')))
			.findFirst().orElse(null);
	}

	@Test
	void pagesCarryAStrictContentSecurityPolicyAndNoFraming() throws Exception {
		mvc.perform(get("/"))
			.andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self'")))
			.andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("unsafe-inline"))))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
	}

	@Test
	void unknownPagesGetTheVietnamese404Page() throws Exception {
		HttpResponse<String> response = new PortalClient(port).get("/xa/khong-co-xa-nay");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Không tìm thấy trang").contains("Về trang chủ");
	}

	@Test
	void malformedIdsGetAFriendlyPageNotAStackTrace() throws Exception {
		HttpResponse<String> response = new PortalClient(port).get("/xa/binh-hoa/danh-ba/abc.vcf");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("Yêu cầu không hợp lệ").doesNotContain("Exception").doesNotContain("at vn.");
	}

	@Test
	void englishIsTheSecondLanguage() throws Exception {
		mvc.perform(get("/dang-nhap?lang=en"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Sign in")))
			.andExpect(header().exists("Set-Cookie"));
	}

}
