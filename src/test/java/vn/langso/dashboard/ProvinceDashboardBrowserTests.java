package vn.langso.dashboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.util.List;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.langso.BrowserTest;
import vn.langso.identity.AreaLevel;
import vn.langso.identity.AreaView;
import vn.langso.identity.Areas;
import vn.langso.identity.DemoAreaCodes;

class ProvinceDashboardBrowserTests extends BrowserTest {

	@Autowired
	Areas areas;

	@Test
	void theProvinceOverseerComparesThreeCommunesAndDownloadsThePdfReportAndTheExcelFile() throws Exception {
		AreaView province = areas.byCode(DemoAreaCodes.PROVINCE).orElseThrow();
		List<String> three = List.of(DemoAreaCodes.THIEN_LOC, DemoAreaCodes.BINH_HOA, DemoAreaCodes.HOANG_DONG).stream()
			.map(code -> areas.byCode(code).orElseThrow().name())
			.toList();
		signIn("tinh");
		page.navigate(url("/staff"));
		page.locator("nav.staffnav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Chỉ số toàn tỉnh")).click();
		assertThat(page.locator("h1")).containsText("So sánh các xã trong tỉnh");

		// choose the three communes: untick everything, tick the three, compare
		Locator boxes = page.locator("[data-test=choose] input[type=checkbox]");
		for (int i = 0; i < boxes.count(); i++) {
			boxes.nth(i).uncheck();
		}
		for (String name : three) {
			page.locator("[data-test=choose] label").filter(new Locator.FilterOptions().setHasText(name))
				.locator("input").check();
		}
		page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("So sánh")).click();
		Locator header = page.locator("[data-test=compare] thead th");
		assertThat(header).hasCount(5);
		for (String name : three) {
			assertThat(page.locator("[data-test=compare] thead")).containsText(name);
		}
		assertThat(page.locator("[data-test=compare] tbody tr").first()).isVisible();
		assertThat(page.locator("[data-test=summary] tbody tr")).hasCount(
				(int) page.locator("[data-test=compare] tbody tr").count());
		assertThat(page.locator("svg.chart").first()).isVisible();

		// the self-assessment PDF of Bình Hòa
		String binhHoa = areas.byCode(DemoAreaCodes.BINH_HOA).orElseThrow().name();
		Download pdf = page.waitForDownload(() -> page.locator("[data-test=pdf]")
			.filter(new Locator.FilterOptions().setHasText(binhHoa)).click());
		assertThat(pdf.suggestedFilename()).endsWith(".pdf");
		try (var document = Loader.loadPDF(Files.readAllBytes(pdf.path()))) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("BÁO CÁO TỰ ĐÁNH GIÁ", binhHoa.toUpperCase(java.util.Locale.forLanguageTag("vi")),
					"Tỷ lệ người dân được bồi dưỡng, tập huấn kỹ năng số");
		}

		// the Excel file of the province and the three communes
		Download xlsx = page.waitForDownload(() -> page.locator("[data-test=xlsx]").click());
		assertThat(xlsx.suggestedFilename()).endsWith(".xlsx");
		try (var book = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(xlsx.path())))) {
			assertThat(book.getSheetName(0)).isEqualTo("Toàn tỉnh");
			var communes = book.getSheet("Các xã đã chọn");
			List<String> titles = new java.util.ArrayList<>();
			communes.getRow(0).forEach(cell -> titles.add(cell.getStringCellValue()));
			assertThat(titles).containsAll(three);
			assertThat(communes.getLastRowNum()).isEqualTo(book.getSheetAt(0).getLastRowNum());
		}
		assertThat(areas.childrenOf(province.id()).stream().filter(a -> a.level() == AreaLevel.COMMUNE).count())
			.isGreaterThanOrEqualTo(3);
	}

}
