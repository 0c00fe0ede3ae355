package vn.langso.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.langso.CitizenSignUp;
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

	@Autowired
	SmsGateway sms;

	@Test
	void citizenRegistersWithTheCodeTextedToTheirPhoneAndSignsInWithTheirCitizenId() throws Exception {
		RequestPostProcessor session = CitizenSignUp.start(mvc, binhHoa(), "Lưu Thị Thảo", "036195004321", "0356000111");
		assertThat(session).isNotNull();
		assertThat(accounts.findByCitizenId("036195004321")).isEmpty();
		String codePage = mvc.perform(get("/dang-ky/xac-nhan").with(session)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(codePage).contains("*******111").doesNotContain("0356000111");

		mvc.perform(post("/dang-ky/xac-nhan").with(session).with(csrf())
				.param("code", CitizenSignUp.codeSentTo(sms, "0356000111")).param("step", "confirm"))
			.andExpect(redirectedUrl("/dang-nhap"));
		Account opened = accounts.findByCitizenId("036195004321").orElseThrow();
		assertThat(opened.view().citizenIdProven()).as("a typed CCCD is not proven").isFalse();
		assertThat(SignIn.as(mvc, "036195004321")).isNotNull();
	}

	@Test
	void withoutTheRightCodeNoAccountIsOpened() throws Exception {
		RequestPostProcessor session = CitizenSignUp.start(mvc, binhHoa(), "Lưu Văn Khải", "036195004322", "0356000112");
		String code = CitizenSignUp.codeSentTo(sms, "0356000112");
		String wrong = code.equals("000000") ? "111111" : "000000";
		String refused = CitizenSignUp.confirm(mvc, session, wrong).getResponse().getContentAsString();
		assertThat(refused).contains("Mã xác nhận không đúng.");
		assertThat(CitizenSignUp.confirm(mvc, session, "").getResponse().getContentAsString())
			.contains("Mã xác nhận không đúng.");
		assertThat(accounts.findByCitizenId("036195004322")).isEmpty();
		assertThat(accounts.findByPhone("0356000112")).isEmpty();
		// no pending registration at all: back to the form
		mvc.perform(post("/dang-ky/xac-nhan").with(csrf()).param("code", code)).andExpect(redirectedUrl("/dang-ky"));
		assertThat(accounts.findByPhone("0356000112")).isEmpty();
	}

	@Test
	void fiveWrongCodesSpendTheCode() throws Exception {
		RequestPostProcessor session = CitizenSignUp.start(mvc, binhHoa(), "Lưu Văn Tú", "036195004323", "0356000113");
		String code = CitizenSignUp.codeSentTo(sms, "0356000113");
		String wrong = code.equals("000000") ? "111111" : "000000";
		for (int i = 0; i < 5; i++) {
			CitizenSignUp.confirm(mvc, session, wrong);
		}
		assertThat(CitizenSignUp.confirm(mvc, session, code).getResponse().getContentAsString())
			.contains("Mã xác nhận đã hết hạn hoặc đã dùng");
		assertThat(accounts.findByPhone("0356000113")).isEmpty();
		mvc.perform(post("/dang-ky/xac-nhan").with(session).with(csrf()).param("step", "resend")).andExpect(status().isOk());
		CitizenSignUp.confirm(mvc, session, CitizenSignUp.codeSentTo(sms, "0356000113"));
		assertThat(accounts.findByPhone("0356000113")).isPresent();
	}

	@Test
	void malformedCitizenIdIsExplainedAndNothingIsSaved() throws Exception {
		long before = accounts.count();
		assertThat(page(register("Lưu Văn Tâm", "999190012345", "0356000222")))
			.contains("Số CCCD không hợp lệ");
		assertThat(page(register("Lưu Văn Tâm", "12345", "0356000222")))
			.contains("Số CCCD phải gồm đúng 12 chữ số");
		assertThat(accounts.count()).isEqualTo(before);
		assertThat(((LoggingSmsGateway) sms).lastTo("0356000222")).as("no code for a refused form").isEmpty();
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
		return CitizenSignUp.form(binhHoa(), name, citizenId, phone);
	}

	private long binhHoa() {
		return areas.byCode(DemoAreaCodes.BINH_HOA).orElseThrow().id();
	}

}
