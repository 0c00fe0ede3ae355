package vn.langso.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;
import vn.langso.BrowserTest;

class PortalBrowserTests extends BrowserTest {

	@Test
	void citizenSignsInWithPhoneAndSeesTheirOwnData() {
		signIn("0912345678");
		assertThat(page).hasURL(Pattern.compile(".*/tai-khoan$"));
		assertThat(page.locator("[data-test=my-account]")).containsText("Trần Thị Mai");
		assertThat(page.locator("[data-test=my-account]")).containsText("036190012345");
		page.navigate(url("/staff"));
		assertThat(page.locator("h1")).hasText("Bạn không có quyền truy cập trang này");
	}

	@Test
	void officerSignsInToTheStaffArea() {
		signIn("motcua");
		assertThat(page).hasURL(Pattern.compile(".*/staff$"));
		assertThat(page.locator("h1")).hasText("Xin chào, Nguyễn Thị Lan");
		assertThat(page.locator(".staffnav")).not().containsText("Nhật ký dữ liệu cá nhân");
	}

	@Test
	void wrongPasswordShowsAVietnameseMessage() {
		page.navigate(url("/dang-nhap"));
		page.getByLabel("Số điện thoại, số CCCD hoặc tên đăng nhập").fill("lanhdao");
		page.getByLabel("Mật khẩu").fill("khong-dung");
		page.locator("form.form button[type=submit]").click();
		assertThat(page.locator("[data-test=sign-in-error]")).hasText("Thông tin đăng nhập hoặc mật khẩu không đúng.");
	}

	@Test
	void visitorSwitchesToEnglishAndBack() {
		page.navigate(url("/xa/binh-hoa"));
		assertThat(page.locator(".quicklinks")).containsText("Danh bạ cán bộ");
		page.locator("[data-test=lang-en]").click();
		assertThat(page.locator(".quicklinks")).containsText("Officials' directory");
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		page.navigate(url("/xa/binh-hoa/danh-ba"));
		assertThat(page.locator("h1")).hasText("Officials' directory");
		page.locator("[data-test=lang-vi]").click();
		assertThat(page.locator("h1")).hasText("Danh bạ cán bộ");
	}

	@Test
	void visitorOpensTheDirectoryAndScansAnOfficialsQrCode() throws Exception {
		page.navigate(url("/xa/binh-hoa"));
		page.locator("[data-test=directory-link]").click();
		Locator first = page.locator("[data-test=official]").first();
		assertThat(first).containsText("Vũ Minh Quang");
		Locator qr = first.locator("img.qr");
		qr.scrollIntoViewIfNeeded();
		page.waitForFunction("img => img.complete && img.naturalWidth > 0", qr.elementHandle());
		BufferedImage shot = ImageIO.read(new ByteArrayInputStream(qr.screenshot()));
		String scanned = new MultiFormatReader()
			.decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(shot))))
			.getText();
		assertThat(scanned).startsWith("BEGIN:VCARD").contains("FN:Vũ Minh Quang").contains("TITLE:Chủ tịch UBND xã");
		String downloaded = new String(page.request().get(url(first.locator("[data-test=vcard]").getAttribute("href").replaceFirst("^/", "/")))
			.body(), StandardCharsets.UTF_8);
		assertThat(downloaded).isEqualTo(scanned);
	}

}
