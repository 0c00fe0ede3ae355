package vn.langso.economy;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import vn.langso.BrowserTest;

/** On a phone, a producer draws a growing area by tapping the map and adds a product with a photo. */
class ProducerCatalogBrowserTests extends BrowserTest {

	@Test
	void aProducerTapsTheCornersOfAGrowingAreaOnTheMapAndAddsAProductWithAPhoto() throws Exception {
		signIn("sanxuat");
		page.locator("[data-test=producer-area]").click();
		page.locator("[data-test=add-area]").click();
		assertThat(page.locator("h1")).hasText("Vùng trồng mới");
		page.getByLabel("Mã số vùng trồng").fill("99001-VT-020");
		page.getByLabel("Cây trồng").fill("Bưởi Diễn");
		page.getByLabel("Diện tích (ha)").fill("0.8");
		var map = page.locator("#area-draw-map");
		map.scrollIntoViewIfNeeded();
		var box = map.boundingBox();
		page.mouse().click(box.x + box.width * 0.3, box.y + box.height * 0.3);
		page.mouse().click(box.x + box.width * 0.7, box.y + box.height * 0.3);
		page.mouse().click(box.x + box.width * 0.5, box.y + box.height * 0.7);
		page.mouse().click(box.x + box.width * 0.2, box.y + box.height * 0.8);
		page.locator("#area-undo").click();
		String outline = page.locator("#polygon").inputValue();
		assertThat(outline).matches("\\[\\[[-0-9.]+,[-0-9.]+\\](,\\[[-0-9.]+,[-0-9.]+\\]){2}\\]");
		page.locator("[data-test=area-form] button[type=submit]").click();
		assertThat(page.locator("[data-test=area-saved]")).hasText("Đã lưu vùng trồng.");
		assertThat(page.locator("main")).containsText("99001-VT-020");

		page.locator("[data-test=add-product]").click();
		page.getByLabel("Tên sản phẩm").fill("Bưởi Diễn quà biếu");
		page.getByLabel("Nhóm sản phẩm (OCOP)").selectOption("FOOD");
		page.getByLabel("Mã GTIN (mã vạch)").fill("8938504970019");
		page.getByLabel("Đơn vị bán").fill("hộp");
		page.locator("[data-test=product-form] button[type=submit]").click();
		assertThat(page.locator("[data-test=gtin-error]")).containsText("sai số kiểm tra");
		page.getByLabel("Mã GTIN (mã vạch)").fill("");
		page.locator("[data-test=product-form] button[type=submit]").click();
		assertThat(page.locator("[data-test=product-saved]")).hasText("Đã lưu sản phẩm.");
		assertThat(page).hasURL(Pattern.compile(".*/tai-khoan/san-xuat/san-pham/\\d+$"));

		BufferedImage photo = new BufferedImage(1600, 1200, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
		ImageIO.write(photo, "jpg", jpeg);
		page.getByLabel("Chọn hoặc chụp ảnh").setInputFiles(new FilePayload("buoi.jpg", "image/jpeg", jpeg.toByteArray()));
		page.locator("[data-test=photo-form] button[type=submit]").click();
		assertThat(page.locator("#anh")).containsText("Đã thêm ảnh.");
		assertThat(page.locator("#anh img")).hasCount(1);
	}

}
