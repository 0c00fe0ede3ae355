package vn.langso.broadcast;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import vn.langso.BrowserTest;
import vn.langso.Espeak;

/** What an operator and a resident do with the radio and the cameras, in a phone-sized Chromium. */
class RadioBrowserTests extends BrowserTest {

	@Autowired
	Environment environment;

	@Test
	void theOperatorSchedulesADailyProgrammeForOneClusterAndSeesItInTheCalendar() {
		// the demo programme it schedules is spoken by espeak-ng when the demo data loads
		Espeak.assumeInstalled(environment);
		signIn("truyenthanh");
		page.navigate(url("/staff/truyen-thanh/lich"));
		page.getByLabel("Cụm loa").selectOption(new SelectOption().setLabel("Cụm loa 2 — Xóm 5"));
		page.getByLabel("Chương trình").selectOption(new SelectOption().setLabel(BroadcastDemoData.PROGRAMME));
		page.getByLabel("Lặp lại").selectOption(new SelectOption().setLabel("Hằng ngày"));
		page.getByLabel("Giờ phát").fill("19:45");
		page.getByText("Lưu lịch phát").click();
		page.waitForLoadState();
		assertThat(page.getByText("Đã lưu.")).isVisible();
		Locator slots = page.locator("[data-test=calendar] [data-test=slot]",
				new com.microsoft.playwright.Page.LocatorOptions().setHasText("19:45 " + BroadcastDemoData.PROGRAMME + " — Cụm loa 2 — Xóm 5"));
		assertThat(slots).hasCount(7);
	}

	@Test
	void aResidentSeesOnlyTheCamerasTheCommuneOptedIn() {
		page.navigate(url("/xa/hoang-dong/camera"));
		assertThat(page.locator("h1")).hasText("Camera an ninh");
		assertThat(page.locator("[data-test=camera]")).hasCount(10);
		assertThat(page.getByText("Camera thôn Quang Trung số 11")).hasCount(0);
		assertThat(page.getByText("Camera thôn Quang Trung số 12")).hasCount(0);
	}

}
