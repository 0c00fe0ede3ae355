package vn.langso.dossier;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.langso.BrowserTest;

/**
 * The one-stop officer's counter intake on a 360 px phone: a citizen the commune does not know brings
 * a paper to certify; the officer finds the procedure without diacritics, looks the CCCD up, fills the
 * form, attaches the scans, receives the dossier and prints the receipt.
 */
class CounterIntakeBrowserTests extends BrowserTest {

	static final byte[] PDF = "%PDF-1.4\n% ban chup\n".getBytes(StandardCharsets.UTF_8);

	@Autowired
	DossierRepository dossiers;

	@Test
	void anOfficerFilesAPaperDossierForAWalkInCitizenAndPrintsTheReceipt() {
		page.setViewportSize(360, 780);
		signIn("motcua");
		page.navigate(url("/staff/mot-cua"));
		page.locator("#q").fill("chung thuc chu ky");
		page.locator("form.search button").click();
		page.locator("[data-test=counter-procedure]").getByText("Chứng thực chữ ký trong các giấy tờ, văn bản").click();
		page.locator("#cccd").fill("036199000222");
		page.locator("[data-test=find-citizen]").click();
		assertThat(page.locator("[data-test=citizen-found]")).containsText("Chưa có thông tin về người này");
		assertThat(page.locator("#f_applicantId")).hasValue("036199000222");
		page.locator("input[name=channel][value=COUNTER]").check();
		page.locator("#f_applicantName").fill("Hà Thị Nụ");
		page.locator("#f_applicantPhone").fill("0367000222");
		page.locator("#f_applicantResidence").fill("Xóm 1, xã Bình Hòa");
		page.locator("#f_request").fill("Chứng thực chữ ký trên đơn xin việc");
		page.locator("#doc_doc1").setInputFiles(new FilePayload("don-xin-viec.pdf", "application/pdf", PDF));
		page.locator("#doc_doc2").setInputFiles(new FilePayload("cccd.pdf", "application/pdf", PDF));
		page.locator("[data-test=counter-submit]").click();
		assertThat(page.locator("[data-test=counter-filed]")).isVisible();
		assertThat(page.locator("[data-test=status]")).hasText("Đã tiếp nhận");
		assertThat(page.locator("[data-test=channel]")).hasText("Bộ phận Một cửa của xã");
		String code = page.locator("[data-test=dossier-code]").textContent().strip();
		assertThat(code).matches("\\d+-\\d{6}-\\d{4}");
		assertFitsTheScreen();
		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/counter-receipt-360.png")).setFullPage(true));

		String receipt = page.locator("[data-test=receipt-pdf]").getAttribute("href");
		APIResponse pdf = page.request().get(url(receipt));
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.headers().get("content-type")).startsWith("application/pdf");
		Dossier filed = dossiers.findByCode(code).orElseThrow();
		assertThat(filed.channel()).isEqualTo(DossierChannel.COUNTER);
		assertThat(filed.applicantId()).isZero();
	}

	@Test
	void theCatalogueReadsOnA360PixelPhone() {
		page.setViewportSize(360, 780);
		page.navigate(url("/xa/binh-hoa/thu-tuc"));
		assertThat(page.locator("[data-test=procedure]").count()).isGreaterThanOrEqualTo(40);
		page.locator("#q").fill("tam tru");
		page.locator("form.search button").click();
		assertThat(page.locator("[data-test=procedure]").first()).isVisible();
		assertThat(page.locator("[data-test=procedure]").getByText("Đăng ký tạm trú", new com.microsoft.playwright.Locator.GetByTextOptions().setExact(true))).isVisible();
		assertFitsTheScreen();
		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/catalogue-search-360.png")).setFullPage(true));
		page.locator("[data-test=procedure]").getByText("Đăng ký tạm trú", new com.microsoft.playwright.Locator.GetByTextOptions().setExact(true)).click();
		assertThat(page.locator("[data-test=code]")).hasText("1.004194");
		assertFitsTheScreen();
		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/catalogue-procedure-360.png")).setFullPage(true));
	}

	/** Nothing wider than the phone: no sideways scrolling of the whole page. */
	void assertFitsTheScreen() {
		Object width = page.evaluate("() => document.documentElement.scrollWidth");
		assertThat(((Number) width).intValue()).isLessThanOrEqualTo(360);
	}

}
