package vn.langso.feedback;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.Geolocation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.langso.BrowserTest;

/**
 * The report form on a phone: a refused try keeps the chosen photo (the rules are checked before the
 * page is sent away), and "use my location" puts the phone's position in the form.
 */
class ReportFormBrowserTests extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void aRefusedTryKeepsThePhotoAndMyLocationFillsThePosition() {
		context.grantPermissions(List.of("geolocation"));
		context.setGeolocation(new Geolocation(20.2405, 106.5301));
		signIn("0912345678");
		page.navigate(url("/xa/binh-hoa/phan-anh/moi"));
		page.locator("#photos").setInputFiles(new FilePayload("o-ga.jpg", "image/jpeg", TestPhotos.jpeg(800, 600)));
		page.locator("#description").fill("Ổ gà");
		page.locator("[data-test=submit-report]").click();

		assertThat(page.locator("[data-test=client-errors]")).isVisible();
		assertThat(page.locator("[data-test=client-errors]")).containsText("từ 10 đến 4000 ký tự");
		assertThat(page.url()).endsWith("/phan-anh/moi");
		assertThat(page.locator("#photos").evaluate("input => input.files.length")).isEqualTo(1);

		page.locator("[data-test=use-location]").click();
		assertThat(page.locator("#latitude")).hasValue("20.240500");
		assertThat(page.locator("#longitude")).hasValue("106.530100");

		page.locator("#categoryId").selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
		page.locator("#description").fill("Ổ gà lớn giữa đường liên xóm, xe máy dễ ngã");
		page.locator("[data-test=submit-report]").click();
		page.waitForURL(u -> u.matches(".*/phan-anh/\\d+$"));
		long report = Long.parseLong(page.url().replaceAll(".*/phan-anh/(\\d+)$", "$1"));
		assertThat(jdbc.sql("select count(*) from feedback_photo where report_id = ?").param(report).query(Long.class).single())
			.isEqualTo(1);
	}

}
