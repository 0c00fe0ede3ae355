package vn.langso.economy;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.langso.BrowserTest;

class TraceabilityBrowserTests extends BrowserTest {

	static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	@Autowired
	Clock clock;

	@Test
	void cooperativeRecordsHarvestAndPackingPrintsLabelsAndAConsumerScansOne() throws Exception {
		signIn("sanxuat");
		page.locator("[data-test=producer-area]").click();
		assertThat(page.locator("h1")).hasText("HTX Nông nghiệp Bình Hòa");

		page.getByLabel("Sản phẩm").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Bưởi Diễn Bình Hòa"));
		page.getByLabel("Vùng trồng").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("99001-VT-001 — Bưởi Diễn"));
		page.getByLabel("Số lượng").fill("900");
		page.locator("[data-test=new-batch] button[type=submit]").click();
		assertThat(page).hasURL(Pattern.compile(".*/tai-khoan/san-xuat/lo/\\d+$"));

		LocalDateTime now = LocalDateTime.now(clock);
		page.getByLabel("Công đoạn").selectOption("HARVEST");
		page.getByLabel("Thời điểm").fill(now.minusHours(3).format(INPUT));
		page.locator("[data-test=record-step] button[type=submit]").click();
		assertThat(page.locator("[data-test=recorded]")).containsText("Thu hoạch");

		page.getByLabel("Công đoạn").selectOption("PACKING");
		page.getByLabel("Thời điểm").fill(now.minusHours(1).format(INPUT));
		page.getByLabel("Số lượng (sản phẩm)").fill("880");
		page.getByLabel("Ghi chú (vật tư, phân bón, quy cách...)").fill("Thùng 10 quả");
		page.locator("[data-test=record-step] button[type=submit]").click();
		assertThat(page.locator("[data-test=recorded]")).containsText("Đóng gói");
		assertThat(page.locator("[data-test=journey] li")).hasCount(2);

		String labelsPath = page.locator("[data-test=labels]").getAttribute("href");
		APIResponse labels = page.request().get(url(labelsPath));
		assertThat(labels.status()).isEqualTo(200);
		assertThat(labels.headers().get("content-type")).isEqualTo("application/pdf");
		String scanned = firstLabelQr(labels.body());
		assertThat(scanned).startsWith(url("/01/")).contains("/10/L");

		try (BrowserContext consumer = context.browser().newContext(new Browser.NewContextOptions().setViewportSize(390, 844))) {
			Page phone = consumer.newPage();
			phone.navigate(scanned);
			assertThat(phone.locator("[data-test=trace-product]")).hasText("Bưởi Diễn Bình Hòa");
			assertThat(phone.locator("[data-test=trace-producer]")).hasText("HTX Nông nghiệp Bình Hòa");
			assertThat(phone.locator("[data-test=trace-area]")).hasText("99001-VT-001");
			assertThat(phone.locator("[data-test=trace-ocop]")).containsText("★★★★ OCOP 4 sao (2025)");
			assertThat(phone.locator("[data-test=journey] li").nth(0)).containsText("Thu hoạch");
			assertThat(phone.locator("[data-test=journey] li").nth(1)).containsText("Đóng gói");
			assertThat(phone.locator("[data-test=journey] li").nth(1)).containsText("880 sản phẩm");
			assertThat(phone.locator("main")).not().containsText("0978000111");
		}
	}

	/** Renders the label sheet and reads the QR code of its first label, as a phone camera would. */
	static String firstLabelQr(byte[] pdf) throws Exception {
		try (var document = Loader.loadPDF(pdf)) {
			BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 150);
			BufferedImage firstLabel = page.getSubimage(0, 0, page.getWidth() / 3, page.getHeight() / 8);
			return new MultiFormatReader()
				.decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(firstLabel))))
				.getText();
		}
	}

}
