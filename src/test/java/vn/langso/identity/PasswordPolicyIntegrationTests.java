package vn.langso.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.langso.CitizenSignUp;
import vn.langso.IntegrationTest;
import vn.langso.SignIn;

/** The password policy where passwords are chosen: registration, an official's new account, a password change. */
@IntegrationTest
class PasswordPolicyIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Areas areas;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SmsGateway sms;

	@Autowired
	org.springframework.security.crypto.password.PasswordEncoder passwords;

	private long binhHoa() {
		return areas.byCode(DemoAreaCodes.BINH_HOA).orElseThrow().id();
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder registration(String password) {
		return post("/dang-ky").with(csrf()).param("fullName", "Lý Thị Mật").param("citizenId", "036190077001")
			.param("phone", "0356000701").param("email", "").param("communeId", String.valueOf(binhHoa()))
			.param("password", password);
	}

	private String page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void registrationRefusesACommonPasswordAndOneMadeOfThePhone() throws Exception {
		String common = page(registration("matkhau123"));
		assertThat(common).contains("Mật khẩu này quá phổ biến nên dễ bị đoán ra.");

		String personal = page(registration("0356000701"));
		assertThat(personal).contains("Mật khẩu không được chứa số điện thoại, số CCCD hoặc tên đăng nhập.");
		assertThat(jdbc.queryForObject("select count(*) from identity_account where phone = '0356000701'", Integer.class))
			.isZero();

		// the demo password stays a good one
		mvc.perform(registration(SignIn.PASSWORD)).andExpect(redirectedUrl("/dang-ky/xac-nhan"));
	}

	@Test
	void anOfficialsNewAccountNeedsAnUncommonPassword() throws Exception {
		String refused = page(post("/staff/tai-khoan/moi").with(csrf()).with(SignIn.as(mvc, "quantri"))
			.param("username", "vanthu.moi").param("fullName", "Đinh Thị Văn").param("phone", "").param("email", "")
			.param("communeId", String.valueOf(binhHoa())).param("roles", "ONE_STOP_OFFICER")
			.param("password", "Password1"));

		assertThat(refused).contains("Mật khẩu này quá phổ biến nên dễ bị đoán ra.");
		assertThat(jdbc.queryForObject("select count(*) from identity_account where username = 'vanthu.moi'", Integer.class))
			.isZero();
	}

	@Test
	void aPersonChangesTheirPasswordOnlyWithTheCurrentOneAndToAnAcceptableOne() throws Exception {
		CitizenSignUp.register(mvc, sms, binhHoa(), "Vương Văn Đổi",
				"036090077002", "0356000702");
		RequestPostProcessor citizen = SignIn.as(mvc, "0356000702");

		String wrong = page(post("/tai-khoan/mat-khau").with(csrf()).with(citizen).param("currentPassword", "sai-mat-khau")
			.param("password", "Mua lua chin vang").param("confirmation", "Mua lua chin vang"));
		assertThat(wrong).contains("Mật khẩu hiện tại không đúng.");

		String common = page(post("/tai-khoan/mat-khau").with(csrf()).with(citizen).param("currentPassword", SignIn.PASSWORD)
			.param("password", "anhyeuem123").param("confirmation", "anhyeuem123"));
		assertThat(common).contains("Mật khẩu này quá phổ biến nên dễ bị đoán ra.");

		String mismatch = page(post("/tai-khoan/mat-khau").with(csrf()).with(citizen).param("currentPassword", SignIn.PASSWORD)
			.param("password", "Mua lua chin vang").param("confirmation", "Mua lua chin vàng"));
		assertThat(mismatch).contains("Hai lần nhập mật khẩu mới không giống nhau.");
		assertThat(passwords.matches(SignIn.PASSWORD, hashOf("0356000702"))).isTrue();

		mvc.perform(post("/tai-khoan/mat-khau").with(csrf()).with(citizen).param("currentPassword", SignIn.PASSWORD)
			.param("password", "Mua lua chin vang").param("confirmation", "Mua lua chin vang"))
			.andExpect(redirectedUrl("/tai-khoan"));
		assertThat(passwords.matches("Mua lua chin vang", hashOf("0356000702"))).isTrue();
		assertThat(page(get("/tai-khoan/mat-khau").with(citizen))).contains("Mật khẩu hiện tại");
	}

	private String hashOf(String username) {
		return jdbc.queryForObject("select password_hash from identity_account where username = ?", String.class, username);
	}

}
