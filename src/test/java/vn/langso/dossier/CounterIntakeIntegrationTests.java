package vn.langso.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.langso.IntegrationTest;
import vn.langso.SignIn;
import vn.langso.identity.Accounts;
import vn.langso.identity.Areas;
import vn.langso.identity.DemoAreaCodes;

@IntegrationTest
class CounterIntakeIntegrationTests {

	static final byte[] PDF = "%PDF-1.4\n% bản chụp\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);

	@Autowired
	MockMvc mvc;

	@Autowired
	DossierRepository dossiers;

	@Autowired
	DossierFigures figures;

	@Autowired
	Accounts accounts;

	@Autowired
	Areas areas;

	@Test
	void theOfficerFilesThePaperDossierOfACitizenTheCommuneDoesNotKnow() throws Exception {
		RequestPostProcessor officer = SignIn.as(mvc, "motcua");
		mvc.perform(get("/staff/mot-cua/2.000884").param("cccd", "036199000111").with(officer)).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Chưa có thông tin về người này")));
		mvc.perform(get("/staff/mot-cua/2.000884").param("cccd", "12ab").with(officer)).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Số CCCD phải gồm đúng 12 chữ số.")));
		String key = UUID.randomUUID().toString();
		String location = mvc.perform(signatureForm(key, "SERVICE_POINT")
			.file(new MockMultipartFile("doc_doc1", "giay-uy-quyen.pdf", "application/pdf", PDF))
			.file(new MockMultipartFile("doc_doc2", "cccd.pdf", "application/pdf", PDF)).with(officer))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.replaceAll(".*/ho-so/(\\d+).*", "$1"));
		Dossier filed = dossiers.findById(id).orElseThrow();
		assertThat(filed.channel()).isEqualTo(DossierChannel.SERVICE_POINT);
		assertThat(filed.applicantId()).isZero();
		assertThat(filed.applicantName()).isEqualTo("Lò Văn Sáng");
		assertThat(filed.applicantPhone()).isEqualTo("0367000111");
		assertThat(filed.status()).isEqualTo(DossierStatus.RECEIVED);
		assertThat(filed.dueDate()).isNotNull();
		assertThat(filed.feeVnd()).isEqualTo(10_000);
		mvc.perform(get(location).with(officer)).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("tiếp nhận bởi Nguyễn Thị Lan")))
			.andExpect(content().string(Matchers.containsString("Điểm phục vụ hành chính công")))
			.andExpect(content().string(Matchers.containsString(filed.code())));
		byte[] receipt = mvc.perform(get(location + "/bien-nhan.pdf").with(officer)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(new String(receipt, 0, 5)).isEqualTo("%PDF-");
		mvc.perform(get("/staff/ho-so/" + id).with(officer)).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("tiếp nhận bởi Nguyễn Thị Lan")));

		// a retried submit finds the dossier already filed
		String again = mvc.perform(signatureForm(key, "SERVICE_POINT").with(officer))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		assertThat(again).isEqualTo(location);
	}

	@Test
	void aCitizenWithAnAccountIsFoundByCccdAndTheDossierShowsInTheirAccount() throws Exception {
		RequestPostProcessor officer = SignIn.as(mvc, "motcua");
		mvc.perform(get("/staff/mot-cua/1.004873").param("cccd", "036190012345").with(officer)).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Người dân đã có tài khoản")))
			.andExpect(content().string(Matchers.containsString("value=\"Trần Thị Mai\"")));
		String key = UUID.randomUUID().toString();
		MockMultipartHttpServletRequestBuilder form = multipart("/staff/mot-cua/1.004873");
		form.param("submissionKey", key).param("channel", "COUNTER").param("f_applicantName", "Trần Thị Mai")
			.param("f_applicantId", "036190012345").param("f_applicantPhone", "0912345678")
			.param("f_applicantResidence", "Xóm 3, xã Bình Hòa").param("f_maritalStatus", "Chưa đăng ký kết hôn với ai")
			.param("f_purpose", "Nộp tại quầy").param("f_copies", "1").with(csrf());
		String location = mvc.perform(form.with(officer)).andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.replaceAll(".*/ho-so/(\\d+).*", "$1"));
		long mai = accounts.byUsername("0912345678").orElseThrow().id();
		assertThat(dossiers.findById(id).orElseThrow().applicantId()).isEqualTo(mai);
		mvc.perform(get("/tai-khoan/ho-so/" + id).with(SignIn.as(mvc, "0912345678"))).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Cấp Giấy xác nhận tình trạng hôn nhân")));
	}

	@Test
	void aMissingScanIsRefusedInVietnameseAndNothingIsFiled() throws Exception {
		long before = dossiers.count();
		mvc.perform(signatureForm(UUID.randomUUID().toString(), "COUNTER")
			.file(new MockMultipartFile("doc_doc1", "giay.pdf", "application/pdf", PDF)).with(SignIn.as(mvc, "motcua")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("data-test=\"form-errors\"")));
		assertThat(dossiers.count()).isEqualTo(before);
	}

	@Test
	void onlyOneStopOfficersFileAtTheCounter() throws Exception {
		mvc.perform(get("/staff/mot-cua").with(SignIn.as(mvc, "hotich"))).andExpect(status().isForbidden());
		mvc.perform(signatureForm(UUID.randomUUID().toString(), "COUNTER").with(SignIn.as(mvc, "0912345678")))
			.andExpect(status().is4xxClientError());
		mvc.perform(signatureForm(UUID.randomUUID().toString(), "ONLINE").with(SignIn.as(mvc, "motcua")))
			.andExpect(status().isBadRequest());
	}

	@Test
	void submittedOnlineCountsOnlyTheDossiersCitizensFiledOnline() {
		long binhHoa = areas.byCode(DemoAreaCodes.BINH_HOA).orElseThrow().id();
		var counted = figures.figures(List.of(binhHoa), Instant.EPOCH, Instant.now().plusSeconds(86_400));
		long submitted = counted.get(DossierFigures.SUBMITTED).commune(binhHoa);
		long online = counted.get(DossierFigures.SUBMITTED_ONLINE).commune(binhHoa);
		long onPaper = dossiers.findAll().stream()
			.filter(d -> d.communeId() == binhHoa && d.code() != null && !d.channel().online()).count();
		assertThat(onPaper).isGreaterThanOrEqualTo(3);
		assertThat(online).isLessThan(submitted);
		assertThat(submitted - online).isEqualTo(onPaper);
	}

	MockMultipartHttpServletRequestBuilder signatureForm(String key, String channel) {
		MockMultipartHttpServletRequestBuilder form = multipart("/staff/mot-cua/2.000884");
		form.param("submissionKey", key).param("channel", channel).param("f_applicantName", "Lò Văn Sáng")
			.param("f_applicantId", "036199000111").param("f_applicantPhone", "0367000111")
			.param("f_applicantResidence", "Thôn Hòa Thịnh, xã Bình Hòa")
			.param("f_request", "Chứng thực chữ ký trên giấy ủy quyền").with(csrf());
		return form;
	}

}
