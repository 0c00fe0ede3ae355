package vn.langso.catalog;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import vn.langso.BrowserTest;

/** The province administrator uploads an annex on a 360 px phone and sees why a line is refused. */
class ProcedureImportBrowserTests extends BrowserTest {

	@Test
	void aRefusedLineIsShownAndNothingCanBePublishedUntilTheFileIsFixed() {
		page.setViewportSize(360, 780);
		signIn("quantri.tinh");
		page.navigate(url("/staff/thu-tuc"));
		page.locator("[data-test=import-link]").click();
		String csv = ProcedureImportIntegrationTests.HEADER
				+ "1,1.900101,Thủ tục thử nghiệm trên điện thoại,Thử nghiệm,Cấp xã,03 ngày làm việc,Miễn phí,Đơn đề nghị,Luật A\n"
				+ "2,1.900102,Thủ tục cấp tỉnh,Thử nghiệm,Cấp tỉnh,Trong ngày,Miễn phí,Đơn đề nghị,Luật A\n";
		page.locator("#file").setInputFiles(new FilePayload("phu-luc.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
		page.locator("[data-test=import-start]").click();
		assertThat(page.locator("[data-test=import-lines]")).isVisible();
		assertThat(page.locator("[data-test=import-lines] li[data-outcome=REFUSED]"))
			.containsText("không phải cấp xã");
		assertThat(page.locator("[data-test=import-blocked]")).isVisible();
		assertThat(page.locator("[data-test=import-publish]")).hasCount(0);
		Object width = page.evaluate("() => document.documentElement.scrollWidth");
		assertThat(((Number) width).intValue()).isLessThanOrEqualTo(360);
		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/import-preview-360.png")).setFullPage(true));
	}

}
