package vn.langso.community;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.langso.BrowserTest;
import vn.langso.identity.Areas;
import vn.langso.identity.DemoAreaCodes;

class CommunityBrowserTests extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Areas areas;

	@Test
	void digitalTeamMemberLogsAVisitFromThePlateQrAndRecordsATrainingOfTwenty() throws Exception {
		long xom3 = areas.byCode(DemoAreaCodes.BINH_HOA_XOM_3).orElseThrow().id();
		String token = jdbc.sql("""
				select h.plate_token from community_household h
				where h.village_id = ? and not exists (select 1 from community_visit v where v.household_id = h.id)
				order by h.id limit 1""").param(xom3).query(String.class).single();
		signIn("congnghe");
		page.navigate(url("/staff/cong-dong"));
		Locator xom3Row = page.locator("[data-test=indicators] tr[data-village='" + xom3 + "']");
		long reachedBefore = leadingNumber(xom3Row.locator("td").nth(2).textContent());
		long trainedBefore = leadingNumber(page.locator("[data-test=indicators] tfoot th").nth(4).textContent());

		// the plate's QR, as printed, decoded the way a phone camera would
		byte[] png = page.request().get(url("/ho/" + token + "/qr.png")).body();
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		String scanned = new MultiFormatReader()
			.decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
			.getText();
		assertThat(scanned).endsWith("/ho/" + token);
		page.navigate(scanned);
		assertThat(page.locator("[data-test=household-card]")).isVisible();
		page.locator("[data-test=card-log-visit]").click();
		page.getByLabel("Cài ứng dụng VNeID").check();
		page.getByLabel("Mở tài khoản thanh toán điện tử").check();
		page.locator("[data-test=save-visit]").click();
		assertThat(page.locator("[data-test=visit-logged]")).hasText("Đã ghi lần hỗ trợ hộ gia đình.");

		page.navigate(url("/staff/cong-dong/tap-huan"));
		page.locator("#title").fill("Cài đặt và sử dụng VNeID, thanh toán không dùng tiền mặt");
		page.locator("#heldOn").fill(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString());
		page.locator("#villageId").selectOption(String.valueOf(xom3));
		page.locator("[data-test=create-training]").click();
		page.locator("[data-test=attendee-search]").fill("Nguyễn");
		page.locator("[data-test=attendee-search]").press("Enter");
		Locator untrained = page.locator("[data-test=found] li[data-trained=false] input[type=checkbox]");
		// the search is a page load: wait for its list before counting, count() does not wait
		page.waitForURL(java.util.regex.Pattern.compile(".*[?&]q=.*"));
		assertThat(page.locator("[data-test=found]")).isVisible();
		assertThat(untrained.count()).isGreaterThanOrEqualTo(20);
		for (int i = 0; i < 20; i++) {
			untrained.nth(i).check();
		}
		page.locator("[data-test=save-attendance]").click();
		assertThat(page.locator("[data-test=attendance-saved]")).hasText("Đã điểm danh thêm 20 người.");
		assertThat(page.locator("[data-test=attendee-count]")).hasText("20 người đã điểm danh");

		page.navigate(url("/staff/cong-dong"));
		assertThat(leadingNumber(xom3Row.locator("td").nth(2).textContent())).isEqualTo(reachedBefore + 1);
		assertThat(leadingNumber(page.locator("[data-test=indicators] tfoot th").nth(4).textContent()))
			.isEqualTo(trainedBefore + 20);
	}

	@Test
	void citizenAnswersASurveyOnceAndASecondTryIsRefused() {
		signIn("0912345678");
		String survey = url("/xa/binh-hoa/khao-sat/hailongntm");
		page.navigate(survey);
		Page second = context.newPage();
		second.navigate(survey);

		page.locator("[data-test=survey-form] fieldset").nth(0).locator("input[value='5']").check();
		page.locator("[data-test=survey-form] fieldset").nth(1).locator("input[value='Chuyển đổi số']").check();
		page.locator("[data-test=survey-form] fieldset").nth(2).locator("input[value='VNeID']").check();
		page.locator("[data-test=survey-submit]").click();
		assertThat(page.locator("[data-test=survey-thanks]")).hasText("Cảm ơn bà con đã trả lời khảo sát!");
		assertThat(page.locator("[data-test=survey-form]")).hasCount(0);

		second.locator("[data-test=survey-form] fieldset").nth(0).locator("input[value='1']").check();
		second.locator("[data-test=survey-form] fieldset").nth(1).locator("input[value='Đường giao thông']").check();
		second.locator("[data-test=survey-submit]").click();
		assertThat(second.locator("[data-test=survey-error]"))
			.hasText("Bạn đã trả lời khảo sát này rồi. Mỗi người chỉ trả lời một lần.");
		page.navigate(survey);
		assertThat(page.locator("[data-test=survey-already]")).isVisible();
	}

	private static long leadingNumber(String text) {
		return Long.parseLong(text.trim().split("\\s")[0]);
	}

}
