package vn.langso.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.langso.IntegrationTest;
import vn.langso.SignIn;

@IntegrationTest
class RegistrationIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Areas areas;

	@Autowired
	AccountRepository accounts;

	@Test
	void citizenRegistersAndSignsInWithTheirCitizenId() throws Exception {
		mvc.perform(register("Lưu Thị Thảo", "036195004321", "0356000111"))
			.andExpect(redirectedUrl("/dang-nhap"));
		assertThat(accounts.findByCitizenId("036195004321")).isPresent();
		assertThat(SignIn.as(mvc, "036195004321")).isNotNull();
	}

	@Test
	void malformedCitizenIdIsExplainedAndNothingIsSaved() throws Exception {
		long before = accounts.count();
		assertThat(page(register("Lưu Văn Tâm", "999190012345", "0356000222")))
			.contains("Số CCCD không hợp lệ");
		assertThat(page(register("Lưu Văn Tâm", "12345", "0356000222")))
			.contains("Số CCCD phải gồm đúng 12 chữ số");
		assertThat(accounts.count()).isEqualTo(before);
	}

	@Test
	void scriptInTheNameIsRefusedAndEchoedEscaped() throws Exception {
		long before = accounts.count();
		String html = page(register("<script>alert(1)</script>", "036196001111", "0356000333"));
		assertThat(html).contains("Họ và tên chỉ gồm chữ cái").doesNotContain("<script>alert(1)</script>")
			.contains("&lt;script&gt;");
		assertThat(accounts.count()).isEqualTo(before);
	}

	@Test
	void overLongFieldsAreRefused() throws Exception {
		long before = accounts.count();
		String html = page(register("Nguyễn " + "A".repeat(200), "036196002222", "0356000444"));
		assertThat(html).contains("Họ và tên dài tối đa 120 ký tự");
		assertThat(accounts.count()).isEqualTo(before);
	}

	@Test
	void aCitizenIdAlreadyRegisteredIsRefusedWithoutTouchingTheFirstAccount() throws Exception {
		String html = page(register("Trần Thị Mai", "036190012345", "0356000555"));
		assertThat(html).contains("Số CCCD này đã có tài khoản");
		assertThat(accounts.findByCitizenId("036190012345").orElseThrow().view().phone()).isEqualTo("0912345678");
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private MockHttpServletRequestBuilder register(String name, String citizenId, String phone) {
		long commune = areas.byCode(DemoAreaCodes.BINH_HOA).orElseThrow().id();
		return post("/dang-ky").with(csrf())
			.param("fullName", name)
			.param("citizenId", citizenId)
			.param("phone", phone)
			.param("email", "")
			.param("communeId", String.valueOf(commune))
			.param("password", SignIn.PASSWORD);
	}

}
