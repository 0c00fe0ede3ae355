package vn.langso.feedback;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.langso.BrowserTest;

/**
 * A resident on a phone reports overflowing waste with a photo and a map pin, the one-stop officer
 * assigns it to the village head, who answers; the public page shows the answer and no personal data;
 * the resident rates the handling. Map tiles cannot load here (every request leaving 127.0.0.1 is
 * aborted), so the pin is set by tapping the map area, which Leaflet handles without tiles.
 */
class FeedbackBrowserTests extends BrowserTest {

	@BeforeEach
	void keepTheBrowserOnLoopback() {
		context.route(Pattern.compile("^(?!https?://127\\.0\\.0\\.1[:/]).*"), Route::abort);
	}

	@Test
	void residentReportsWasteOfficerAssignsVillageHeadAnswersPublicSeesAnswerResidentRates() {
		signIn("0912345678");
		page.navigate(url("/xa/binh-hoa/phan-anh"));
		page.locator("[data-test=new-report]").click();
		page.getByLabel("Lĩnh vực").selectOption(new SelectOption().setLabel("Môi trường, rác thải"));
		page.getByLabel("Nội dung phản ánh").fill("Rác tràn khỏi điểm tập kết cạnh nhà văn hóa xóm 3, chó mèo bới ra đường.");
		page.locator("#photos").setInputFiles(new FilePayload("rac-tran.jpg", "image/jpeg", TestPhotos.jpeg(800, 600)));
		assertThat(page.locator("#feedback-map.leaflet-container")).isVisible();
		page.locator("#feedback-map").click();
		assertThat(page.locator("#latitude")).not().hasValue("");
		assertThat(page.locator("#longitude")).not().hasValue("");
		page.getByLabel("Thôn, xóm").selectOption(new SelectOption().setLabel("Xóm 3"));
		page.locator("[data-test=submit-report]").click();
		assertThat(page.locator("[data-test=created]")).containsText("Đã nhận phản ánh");
		assertThat(page.locator("[data-test=status]")).hasText("Mới tiếp nhận");
		String reportUrl = page.url();
		String id = reportUrl.substring(reportUrl.lastIndexOf('/') + 1);

		context.clearCookies();
		signIn("motcua");
		page.navigate(url("/staff/phan-anh"));
		page.locator("a[href='/staff/phan-anh/" + id + "']").click();
		Locator head = page.locator("#assigneeId option", new Page.LocatorOptions().setHasText("Đặng Văn Hải"));
		page.locator("#assigneeId").selectOption(head.getAttribute("value"));
		page.getByLabel("Số ngày làm việc").fill("2");
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Phân công").setExact(true)).click();
		assertThat(page.locator("[data-test=assignee]")).hasText("Đặng Văn Hải");
		assertThat(page.locator("[data-test=status]")).hasText("Đang xử lý");

		context.clearCookies();
		signIn("truongxom");
		page.navigate(url("/staff/phan-anh?filter=mine"));
		page.locator("a[href='/staff/phan-anh/" + id + "']").click();
		page.locator("#answer").fill("Tổ vệ sinh của xóm đã thu gom xong sáng nay và đặt thêm một thùng rác có nắp.");
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi trả lời")).click();
		assertThat(page.locator("[data-test=status]")).hasText("Đã trả lời");

		context.clearCookies();
		page.navigate(reportUrl);
		assertThat(page.locator("[data-test=answer]")).containsText("đã thu gom xong sáng nay");
		assertThat(page.locator("[data-test=reporter]")).hasText("Người dân (ẩn danh)");
		String publicText = page.locator("main").innerText();
		assertThat(publicText).doesNotContain("0912345678").doesNotContain("Trần Thị Mai").doesNotContain("036190012345");

		signIn("0912345678");
		page.navigate(reportUrl);
		page.getByLabel("Số sao (1–5)").selectOption("5");
		page.getByLabel("Nhận xét").fill("Xử lý nhanh, cảm ơn xóm.");
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi đánh giá")).click();
		assertThat(page.locator("[data-test=rating]")).hasText("5/5 — Xử lý nhanh, cảm ơn xóm.");
		page.navigate(url("/tai-khoan/phan-anh"));
		assertThat(page.locator("[data-test=notifications]")).containsText("đã được trả lời");
	}

}
