package vn.langso.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.langso.IntegrationTest;
import vn.langso.SignIn;
import vn.langso.payment.BankNotices;
import vn.langso.payment.Payments;

@IntegrationTest
class DossierFlowIntegrationTests {

	static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F' };

	@Autowired
	MockMvc mvc;

	@Autowired
	DossierRepository dossiers;

	@Autowired
	AttachmentRepository attachments;

	@Autowired
	ResultSigner signer;

	@Autowired
	Payments payments;

	static MockMultipartHttpServletRequestBuilder birthForm(String key) {
		return birthForm(key, java.util.Map.of());
	}

	static MockMultipartHttpServletRequestBuilder birthForm(String key, java.util.Map<String, String> overrides) {
		java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
		values.put("applicantName", "Trần Thị Mai");
		values.put("applicantId", "036190012345");
		values.put("applicantPhone", "0912345678");
		values.put("applicantResidence", "Xóm 3, Xã Bình Hòa");
		values.put("relationship", "Mẹ");
		values.put("childName", "Nguyễn Minh An");
		values.put("childBirthDate", "2026-11-20");
		values.put("childSex", "Nam");
		values.put("childEthnicity", "Kinh");
		values.put("childNationality", "Việt Nam");
		values.put("childBirthPlace", "Trạm y tế xã Bình Hòa");
		values.put("childHometown", "Bình Hòa");
		values.put("motherName", "Trần Thị Mai");
		values.put("motherBirthYear", "1990");
		values.put("motherEthnicity", "Kinh");
		values.put("motherResidence", "Xóm 3, Xã Bình Hòa");
		values.put("copies", "2");
		values.putAll(overrides);
		MockMultipartHttpServletRequestBuilder form = multipart("/xa/binh-hoa/thu-tuc/1.001193/nop");
		form.param("submissionKey", key);
		values.forEach((name, value) -> form.param("f_" + name, value));
		form.with(csrf());
		return form;
	}

	long submitBirth(RequestPostProcessor citizen) throws Exception {
		String key = UUID.randomUUID().toString();
		String location = mvc.perform(birthForm(key).file(new MockMultipartFile("doc_birthCertificate", "giay-chung-sinh.jpg",
				"image/jpeg", JPEG)).with(citizen)).andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		return Long.parseLong(location.replaceAll(".*/ho-so/(\\d+).*", "$1"));
	}

	void move(RequestPostProcessor who, long id, String action, String comment) throws Exception {
		mvc.perform(post("/staff/ho-so/" + id + "/" + action).param("comment", comment == null ? "" : comment)
			.with(csrf()).with(who)).andExpect(status().is3xxRedirection());
	}

	@Test
	void onlyTheCommuneLeaderSeesAndUsesTheSignAction() throws Exception {
		RequestPostProcessor officer = SignIn.as(mvc, "motcua");
		RequestPostProcessor specialist = SignIn.as(mvc, "hotich");
		RequestPostProcessor leader = SignIn.as(mvc, "lanhdao");
		long id = submitBirth(SignIn.as(mvc, "0912345678"));
		move(officer, id, "receive", null);
		move(officer, id, "hand-over", null);
		move(specialist, id, "process", "Đủ điều kiện");
		move(specialist, id, "submit-for-approval", null);
		move(leader, id, "approve", null);

		String officersPage = mvc.perform(get("/staff/ho-so/" + id).with(officer)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(officersPage).doesNotContain("data-test=\"action-issue-result\"");
		move(officer, id, "issue-result", null);
		mvc.perform(post("/api/v1/dossiers/" + id + "/actions/issue-result").with(csrf()).with(officer)
			.contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isForbidden());
		Dossier stillApproved = dossiers.findById(id).orElseThrow();
		assertThat(stillApproved.status()).isEqualTo(DossierStatus.APPROVED);
		assertThat(stillApproved.resultSerial()).isNull();

		String leadersPage = mvc.perform(get("/staff/ho-so/" + id).with(leader)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(leadersPage).contains("data-test=\"action-issue-result\"");
		move(leader, id, "issue-result", null);
		assertThat(dossiers.findById(id).orElseThrow().status()).isEqualTo(DossierStatus.RESULT_ISSUED);
	}

	@Test
	void aBirthRegistrationGoesFromSubmissionToASignedVerifiedResultPaidAndRated() throws Exception {
		RequestPostProcessor mai = SignIn.as(mvc, "0912345678");
		RequestPostProcessor officer = SignIn.as(mvc, "motcua");
		RequestPostProcessor specialist = SignIn.as(mvc, "hotich");
		RequestPostProcessor leader = SignIn.as(mvc, "lanhdao");
		long id = submitBirth(mai);
		Dossier submitted = dossiers.findById(id).orElseThrow();
		assertThat(submitted.status()).isEqualTo(DossierStatus.SUBMITTED);
		assertThat(submitted.code()).matches("99001-\\d{6}-\\d{4}");
		assertThat(submitted.feeVnd()).isEqualTo(16_000);
		byte[] receipt = mvc.perform(get("/tai-khoan/ho-so/" + id + "/bien-nhan.pdf").with(mai))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (var pdf = Loader.loadPDF(receipt)) {
			assertThat(new PDFTextStripper().getText(pdf)).contains("GIẤY TIẾP NHẬN HỒ SƠ", submitted.code(),
					submitted.trackingSecret());
		}

		move(officer, id, "request-supplement", "Ảnh giấy chứng sinh bị mờ, vui lòng chụp lại");
		assertThat(dossiers.findById(id).orElseThrow().status()).isEqualTo(DossierStatus.SUPPLEMENT_REQUESTED);
		assertThat(dossiers.findById(id).orElseThrow().dueDate()).isNull();
		mvc.perform(multipart("/tai-khoan/ho-so/" + id + "/bo-sung")
			.file(new MockMultipartFile("doc_birthCertificate", "chup-lai.jpg", "image/jpeg", JPEG)).with(csrf()).with(mai))
			.andExpect(status().is3xxRedirection());
		move(officer, id, "receive", null);
		move(officer, id, "hand-over", null);
		move(specialist, id, "process", "Đủ điều kiện đăng ký khai sinh");
		move(specialist, id, "submit-for-approval", null);
		move(leader, id, "approve", null);
		move(leader, id, "issue-result", null);
		Dossier issued = dossiers.findById(id).orElseThrow();
		assertThat(issued.status()).isEqualTo(DossierStatus.RESULT_ISSUED);

		byte[] result = mvc.perform(get("/tai-khoan/ho-so/" + id + "/ket-qua.pdf").with(mai))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		var certificate = signer.certificate(issued.communeId(), "Xã Bình Hòa");
		assertThat(signer.verify(result, certificate).reason()).isEqualTo("valid");
		try (var pdf = Loader.loadPDF(result)) {
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains("TRÍCH LỤC KHAI SINH", "Nguyễn Minh An").doesNotContain("036190012345", "0912345678");
		}
		mvc.perform(get("/xac-minh/" + issued.resultSerial()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("HỢP LỆ")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Nguyễn Minh An"))));

		String page = mvc.perform(get("/tai-khoan/ho-so/" + id).with(mai)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		Matcher qr = Pattern.compile("data-test=\"vietqr\">([^<]+)<").matcher(page);
		assertThat(qr.find()).isTrue();
		assertThat(vn.langso.payment.VietQr.decode(qr.group(1))).get()
			.satisfies(p -> assertThat(p.amountVnd()).isEqualTo(16_000L))
			.satisfies(p -> assertThat(p.purpose()).isEqualTo(issued.code()));
		String notice = """
				{"transactionId":"FT%s","accountNumber":"1900000000001","amountVnd":16000,"content":"CK %s"}"""
			.formatted(UUID.randomUUID().toString().substring(0, 8), issued.code());
		mvc.perform(post("/api/v1/payment/bank-notices").contentType(MediaType.APPLICATION_JSON).content(notice)
			.header("X-Signature", BankNotices.sign(notice.getBytes(StandardCharsets.UTF_8), "demo-bank-secret-binh-hoa")))
			.andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("MATCHED")));
		mvc.perform(post("/api/v1/payment/bank-notices").contentType(MediaType.APPLICATION_JSON).content(notice)
			.header("X-Signature", BankNotices.sign(notice.getBytes(StandardCharsets.UTF_8), "demo-bank-secret-binh-hoa")))
			.andExpect(status().isConflict());
		Awaitility.await().atMost(Duration.ofSeconds(10))
			.until(() -> dossiers.findById(id).orElseThrow().feePaid());

		mvc.perform(post("/tai-khoan/ho-so/" + id + "/danh-gia").param("publicity", "2").param("timeliness", "2")
			.param("attitude", "1").param("result", "2").param("comment", "Nhanh, không phải đi lại")
			.with(csrf()).with(mai)).andExpect(status().is3xxRedirection());
		mvc.perform(get("/xa/binh-hoa/danh-gia")).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Đăng ký khai sinh")));
		mvc.perform(get("/tra-cuu").param("code", issued.code()).param("secret", issued.trackingSecret()))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Đã có kết quả")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Trần Thị Mai"))));
		mvc.perform(get("/tra-cuu").param("code", issued.code()).param("secret", "WRONG1"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Không tìm thấy hồ sơ")));
	}

	@Test
	void tamperingWithTheSignedResultBreaksTheSignature() throws Exception {
		byte[] unsigned;
		try (var document = new org.apache.pdfbox.pdmodel.PDDocument()) {
			document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
			unsigned = vn.langso.shared.PdfKit.bytes(document);
		}
		byte[] signed = signer.sign(unsigned, 424242, "Xã Thử Nghiệm", "thử");
		var certificate = signer.certificate(424242, "Xã Thử Nghiệm");
		assertThat(signer.verify(signed, certificate).reason()).isEqualTo("valid");
		byte[] altered = signed.clone();
		int at = new String(altered, StandardCharsets.ISO_8859_1).indexOf("/MediaBox");
		altered[at + 1] = 'N';
		assertThat(signer.verify(altered, certificate).valid()).isFalse();
		byte[] appended = java.util.Arrays.copyOf(signed, signed.length + 20);
		System.arraycopy("\n% appended later\n".getBytes(StandardCharsets.US_ASCII), 0, appended, signed.length, 18);
		assertThat(signer.verify(appended, certificate).valid()).isFalse();
		assertThat(signer.verify(signed, signer.certificate(434343, "Xã Khác")).valid()).isFalse();
	}

	@Test
	void aDoubleSubmitMakesOneDossier() throws Exception {
		RequestPostProcessor mai = SignIn.as(mvc, "0912345678");
		String key = UUID.randomUUID().toString();
		MockMultipartFile photo = new MockMultipartFile("doc_birthCertificate", "a.jpg", "image/jpeg", JPEG);
		String first = mvc.perform(birthForm(key).file(photo).with(mai)).andReturn().getResponse().getRedirectedUrl();
		String second = mvc.perform(birthForm(key).file(photo).with(mai)).andReturn().getResponse().getRedirectedUrl();
		assertThat(second.replaceAll("\\?.*", "")).isEqualTo(first.replaceAll("\\?.*", ""));
		long id = Long.parseLong(first.replaceAll(".*/ho-so/(\\d+).*", "$1"));
		assertThat(attachments.findByDossierIdOrderById(id)).hasSize(1);
	}

	@Test
	void badFilesAndInvalidFormsAreRefusedAndNothingIsSaved() throws Exception {
		RequestPostProcessor mai = SignIn.as(mvc, "0912345678");
		long before = dossiers.count();
		byte[] program = "MZ\u0090\u0000 not a pdf at all".getBytes(StandardCharsets.ISO_8859_1);
		mvc.perform(birthForm(UUID.randomUUID().toString())
			.file(new MockMultipartFile("doc_birthCertificate", "giay-chung-sinh.pdf", "application/pdf", program)).with(mai))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Tệp không phải PDF, JPEG hoặc PNG")));
		byte[] huge = new byte[6 * 1024 * 1024];
		System.arraycopy(JPEG, 0, huge, 0, JPEG.length);
		mvc.perform(birthForm(UUID.randomUUID().toString())
			.file(new MockMultipartFile("doc_birthCertificate", "anh.jpg", "image/jpeg", huge)).with(mai))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Tệp quá lớn")));
		mvc.perform(birthForm(UUID.randomUUID().toString(),
				java.util.Map.of("childBirthDate", "2026-02-30", "childSex", "Không rõ"))
			.file(new MockMultipartFile("doc_birthCertificate", "anh.jpg", "image/jpeg", JPEG)).with(mai))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Ngày, tháng, năm sinh: ngày không hợp lệ")));
		mvc.perform(birthForm(UUID.randomUUID().toString()).with(mai))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Thiếu giấy tờ bắt buộc")));
		assertThat(dossiers.count()).isEqualTo(before);
	}

	@Test
	void eachCommuneAccountHasItsOwnBankSecret() throws Exception {
		String notice = """
				{"transactionId":"FT%s","accountNumber":"1900000000002","amountVnd":16000,"content":"khong ma"}"""
			.formatted(UUID.randomUUID().toString().substring(0, 8));
		mvc.perform(post("/api/v1/payment/bank-notices").contentType(MediaType.APPLICATION_JSON).content(notice)
			.header("X-Signature", BankNotices.sign(notice.getBytes(StandardCharsets.UTF_8), "demo-bank-secret-binh-hoa")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/payment/bank-notices").contentType(MediaType.APPLICATION_JSON).content(notice)
			.header("X-Signature", BankNotices.sign(notice.getBytes(StandardCharsets.UTF_8), "demo-bank-secret-hoang-dong")))
			.andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("UNMATCHED")));
		String unknownAccount = notice.replace("1900000000002", "1900000000999");
		mvc.perform(post("/api/v1/payment/bank-notices").contentType(MediaType.APPLICATION_JSON).content(unknownAccount)
			.header("X-Signature", BankNotices.sign(unknownAccount.getBytes(StandardCharsets.UTF_8), "demo-bank-secret-binh-hoa")))
			.andExpect(status().isForbidden());
	}

	@Test
	void aForgedBankNoticeIsRefused() throws Exception {
		String notice = """
				{"transactionId":"FORGED1","accountNumber":"1900000000001","amountVnd":16000,"content":"x"}""";
		mvc.perform(post("/api/v1/payment/bank-notices").contentType(MediaType.APPLICATION_JSON).content(notice)
			.header("X-Signature", BankNotices.sign(notice.getBytes(StandardCharsets.UTF_8), "guessed-secret")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/payment/bank-notices").contentType(MediaType.APPLICATION_JSON).content(notice))
			.andExpect(status().isForbidden());
	}

}
