package vn.langso.dossier;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.RequestOptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.langso.BrowserTest;
import vn.langso.payment.BankNotices;

/**
 * The acceptance flow of the online public service, walked in Chromium on a phone-sized screen:
 * find "khai sinh" typed without diacritics, file a birth registration with a photo, supplement on
 * request, processing and approval by the officials, the signed e-result and its verification page,
 * the fee paid by QR and reconciled, and the rating.
 */
class OnlineServiceBrowserTests extends BrowserTest {

	@Autowired
	ResultSigner signer;

	@Autowired
	DossierRepository dossiers;

	void signOut() {
		page.locator("form[action$='/dang-xuat'] button").click();
		page.waitForLoadState();
	}

	void act(long id, String action, String comment) {
		page.navigate(url("/staff/ho-so/" + id));
		if (comment != null) {
			page.locator("#c-" + action).fill(comment);
		}
		page.locator("[data-test=action-" + action + "]").click();
		assertThat(page.locator("[data-test=done]")).isVisible();
	}

	@Test
	void aMotherRegistersHerBabysBirthOnlineAndGetsASignedResult() {
		signIn("0912345678");
		page.navigate(url("/xa/binh-hoa/thu-tuc"));
		page.locator("#q").fill("khai sinh");
		page.locator("form.search button").click();
		page.getByText("Đăng ký khai sinh", new com.microsoft.playwright.Page.GetByTextOptions().setExact(true)).click();
		assertThat(page.locator("[data-test=code]")).hasText("1.001193");
		assertThat(page.locator("[data-test=qr]")).isVisible();
		page.locator("[data-test=apply]").click();

		assertThat(page.locator("#f_applicantName")).hasValue("Trần Thị Mai");
		page.locator("#f_relationship").selectOption("Mẹ");
		page.locator("#f_childName").fill("Nguyễn Minh Khôi");
		page.locator("#f_childBirthDate").fill("2026-11-20");
		page.locator("#f_childSex").selectOption("Nam");
		page.locator("#f_childBirthPlace").fill("Trạm y tế xã Bình Hòa");
		page.locator("#f_childHometown").fill("Bình Hòa, Giao Thủy");
		page.locator("#f_motherName").fill("Trần Thị Mai");
		page.locator("#f_motherBirthYear").fill("1990");
		page.locator("#f_motherResidence").fill("Xóm 3, xã Bình Hòa");
		page.locator("#f_copies").fill("1");
		page.locator("#doc_birthCertificate").setInputFiles(
				new FilePayload("giay-chung-sinh.jpg", "image/jpeg", DossierFlowIntegrationTests.JPEG));
		page.locator("[data-test=submit]").click();
		assertThat(page.locator("[data-test=submitted]")).isVisible();
		String code = page.locator("[data-test=dossier-code]").textContent().strip();
		assertThat(code).matches("99001-\\d{6}-\\d{4}");
		assertThat(page.locator("[data-test=receipt-pdf]")).isVisible();
		long id = Long.parseLong(page.url().replaceAll(".*/ho-so/(\\d+).*", "$1"));
		APIResponse receipt = context.request().get(url("/tai-khoan/ho-so/" + id + "/bien-nhan.pdf"));
		assertThat(receipt.headers().get("content-type")).isEqualTo("application/pdf");
		signOut();

		signIn("motcua");
		page.navigate(url("/staff/ho-so"));
		assertThat(page.locator("[data-test=inbox-row]", new com.microsoft.playwright.Page.LocatorOptions().setHasText(code))).isVisible();
		act(id, "request-supplement", "Ảnh giấy chứng sinh chưa rõ, đề nghị chụp lại");
		signOut();

		signIn("0912345678");
		page.navigate(url("/tai-khoan/ho-so/" + id));
		assertThat(page.locator("[data-test=supplement]")).containsText("chụp lại");
		page.locator("#s_doc_birthCertificate").setInputFiles(
				new FilePayload("chup-lai.jpg", "image/jpeg", DossierFlowIntegrationTests.JPEG));
		page.locator("[data-test=resubmit]").click();
		assertThat(page.locator("[data-test=status]")).hasText("Đã nộp, chờ tiếp nhận");
		signOut();

		signIn("motcua");
		act(id, "receive", null);
		act(id, "hand-over", null);
		signOut();
		signIn("hotich");
		act(id, "process", "Hồ sơ đầy đủ, đủ điều kiện đăng ký khai sinh");
		act(id, "submit-for-approval", null);
		signOut();
		signIn("lanhdao");
		act(id, "approve", null);
		act(id, "issue-result", null);
		assertThat(page.locator("[data-test=status]")).hasText("Đã có kết quả");
		signOut();

		signIn("0912345678");
		page.navigate(url("/tai-khoan/ho-so/" + id));
		assertThat(page.locator("[data-test=result-pdf]")).isVisible();
		byte[] result = context.request().get(url("/tai-khoan/ho-so/" + id + "/ket-qua.pdf")).body();
		Dossier dossier = dossiers.findById(id).orElseThrow();
		assertThat(signer.verify(result, signer.certificate(dossier.communeId(), "Xã Bình Hòa")).valid()).isTrue();
		page.locator("[data-test=verify-link]").click();
		assertThat(page.locator("[data-test=verdict]")).containsText("HỢP LỆ");
		assertThat(page.locator("main")).not().containsText("Nguyễn Minh Khôi");

		page.navigate(url("/tai-khoan/ho-so/" + id));
		assertThat(page.locator("[data-test=payment-qr]")).isVisible();
		String vietQr = page.locator("[data-test=vietqr]").textContent().strip();
		var payload = vn.langso.payment.VietQr.decode(vietQr).orElseThrow();
		String notice = "{\"transactionId\":\"FT" + UUID.randomUUID().toString().substring(0, 10) + "\",\"accountNumber\":\""
				+ payload.accountNumber() + "\",\"amountVnd\":" + payload.amountVnd() + ",\"content\":\"" + payload.purpose()
				+ " chuyen khoan\"}";
		APIResponse bank = context.request().post(url("/api/v1/payment/bank-notices"), RequestOptions.create()
			.setHeader("Content-Type", "application/json")
			.setHeader("X-Signature", BankNotices.sign(notice.getBytes(StandardCharsets.UTF_8), "demo-bank-secret-binh-hoa"))
			.setData(notice.getBytes(StandardCharsets.UTF_8)));
		assertThat(bank.text()).contains("MATCHED");
		for (int i = 0; i < 20 && !page.locator("[data-test=paid]").isVisible(); i++) {
			page.waitForTimeout(250);
			page.reload();
		}
		assertThat(page.locator("[data-test=paid]")).isVisible();

		// nothing is chosen for her: a rating counts only what the citizen picked herself
		for (String criterion : new String[] { "publicity", "timeliness", "attitude", "result" }) {
			assertThat(page.locator("#" + criterion)).hasValue("");
		}
		page.locator("#publicity").selectOption("2");
		page.locator("#timeliness").selectOption("2");
		page.locator("#attitude").selectOption("1");
		page.locator("#result").selectOption("2");
		page.locator("#comment").fill("Làm trên điện thoại, không phải lên xã");
		page.locator("[data-test=rate]").click();
		assertThat(page.locator("[data-test=rated]")).isVisible();
		page.navigate(url("/xa/binh-hoa/danh-gia"));
		assertThat(page.locator("[data-test=stats-row]").first()).isVisible();
		assertThat(page).not().hasURL(Pattern.compile(".*dang-nhap.*"));
	}

}
