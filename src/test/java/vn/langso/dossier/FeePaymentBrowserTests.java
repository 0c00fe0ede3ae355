package vn.langso.dossier;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.microsoft.playwright.Download;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.langso.BrowserTest;
import vn.langso.payment.VietQr;
import vn.langso.shared.VietnameseFormats;

/**
 * Paying a fee from the very phone that shows the QR code: she saves the QR image (to scan it from
 * the gallery) or types the transfer by hand; or she pays cash at the counter, the officer records
 * it, and her phone no longer offers a QR code. A returned dossier never shows one.
 */
class FeePaymentBrowserTests extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void theQrCanBeSavedTheTransferTypedByHandAndACounterPaymentEndsTheQr() throws Exception {
		Map<String, Object> dossier = jdbc.sql("""
				select d.id, a.username from dossier_dossier d join identity_account a on a.id = d.applicant_id
				where d.fee_vnd > 0 and not d.fee_paid and d.code is not null and d.status in ('RECEIVED', 'IN_PROCESS', 'SUBMITTED')
				  and a.username in ('0912345678', '0987654321') order by d.id""").query().listOfRows().getFirst();
		long id = ((Number) dossier.get("id")).longValue();
		signIn((String) dossier.get("username"));
		page.navigate(url("/tai-khoan/ho-so/" + id));
		assertThat(page.locator("[data-test=payment-qr]")).isVisible();
		var payload = VietQr.decode(page.locator("[data-test=vietqr]").textContent().strip()).orElseThrow();

		Download saved = page.waitForDownload(() -> page.locator("[data-test=save-qr]").click());
		assertThat(saved.suggestedFilename()).isEqualTo("vietqr-" + payload.purpose() + ".png");
		BufferedImage image = ImageIO.read(Files.newInputStream(saved.path()));
		String scanned = new MultiFormatReader()
			.decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
			.getText();
		assertThat(VietQr.decode(scanned).orElseThrow()).isEqualTo(payload);

		assertThat(page.locator("[data-test=transfer-bank]")).hasText("Agribank");
		assertThat(page.locator("[data-test=transfer-account]")).hasText(payload.accountNumber());
		assertThat(page.locator("[data-test=transfer-payee]")).hasText("UBND XA BINH HOA");
		assertThat(page.locator("[data-test=transfer-amount]")).hasText(VietnameseFormats.money(payload.amountVnd()));
		assertThat(page.locator("[data-test=transfer-content]")).hasText(payload.purpose());
		page.locator("form[action$='/dang-xuat'] button").click();

		signIn("motcua");
		page.navigate(url("/staff/ho-so/" + id));
		page.locator("[data-test=counter-payment]").click();
		assertThat(page.locator("[data-test=done]")).hasText("Đã ghi nhận thu phí tại quầy");
		assertThat(page.locator("[data-test=counter-payment]")).hasCount(0);
		page.locator("form[action$='/dang-xuat'] button").click();

		signIn((String) dossier.get("username"));
		page.navigate(url("/tai-khoan/ho-so/" + id));
		assertThat(page.locator("[data-test=paid]")).isVisible();
		assertThat(page.locator("[data-test=payment-qr]")).hasCount(0);
		assertThat(page.locator("[data-test=save-qr]")).hasCount(0);
	}

	@Test
	void aReturnedDossierShowsNoQrCode() {
		long id = jdbc.sql("""
				select d.id from dossier_dossier d join identity_account a on a.id = d.applicant_id
				where d.fee_vnd > 0 and d.status = 'RETURNED' and a.username = '0912345678' order by d.id""")
			.query(Long.class).list().getFirst();
		signIn("0912345678");
		page.navigate(url("/tai-khoan/ho-so/" + id));
		assertThat(page.locator("[data-test=status]")).hasText("Đã trả kết quả");
		assertThat(page.locator("[data-test=payment-qr]")).hasCount(0);
		assertThat(page.locator("[data-test=save-qr]")).hasCount(0);
	}

}
