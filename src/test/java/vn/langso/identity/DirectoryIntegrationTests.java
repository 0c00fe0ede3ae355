package vn.langso.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.langso.IntegrationTest;
import vn.langso.SignIn;

@IntegrationTest
class DirectoryIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Areas areas;

	@Autowired
	Directory directory;

	@Test
	void publicDirectoryListsTheCommunesOfficials() throws Exception {
		mvc.perform(get("/xa/binh-hoa/danh-ba"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Công chức Tư pháp - Hộ tịch")));
	}

	@Test
	void vcardIsValidVersion4WithVietnameseName() throws Exception {
		OfficialView official = firstOfficialOfBinhHoa();
		byte[] body = mvc.perform(get("/xa/binh-hoa/danh-ba/" + official.id() + ".vcf"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/vcard"))
			.andReturn().getResponse().getContentAsByteArray();
		String card = new String(body, StandardCharsets.UTF_8);
		assertThat(card).startsWith("BEGIN:VCARD\r\nVERSION:4.0\r\n")
			.contains("FN:" + official.fullName())
			.contains("TEL;VALUE=uri;TYPE=\"work,voice\":tel:+84" + official.phone().replaceAll("[^0-9]", "").substring(1))
			.endsWith("END:VCARD\r\n");
	}

	@Test
	void qrCodeScansToTheSameVcard() throws Exception {
		OfficialView official = firstOfficialOfBinhHoa();
		byte[] png = mvc.perform(get("/xa/binh-hoa/danh-ba/" + official.id() + "/qr.png"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		String vcard = mvc.perform(get("/xa/binh-hoa/danh-ba/" + official.id() + ".vcf"))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(decodeQr(png)).isEqualTo(vcard);
	}

	@Test
	void anEntryOfAnotherCommuneIsNotFoundUnderThisCommunesAddress() throws Exception {
		long hoangDong = areas.byCode(DemoAreaCodes.HOANG_DONG).orElseThrow().id();
		long foreign = directory.ofCommune(hoangDong).getFirst().id();
		mvc.perform(get("/xa/binh-hoa/danh-ba/" + foreign + ".vcf")).andExpect(status().isNotFound());
	}

	@Test
	void markupInAPositionIsRefusedAndNothingIsSaved() throws Exception {
		int before = directory.ofCommune(binhHoa()).size();
		String html = mvc.perform(post("/staff/danh-ba/moi").with(SignIn.as(mvc, "quantri")).with(csrf())
			.param("fullName", "Hà Văn Thử").param("position", "<b>Trưởng</b>").param("phone", "0912000000")
			.param("email", "").param("officeHours", "").param("sortOrder", "5"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("Không được dùng các ký tự &lt; và &gt;");
		assertThat(directory.ofCommune(binhHoa())).hasSize(before);
	}

	@Test
	void leaderAddsAnOfficialWhoThenAppearsPublicly() throws Exception {
		mvc.perform(post("/staff/danh-ba/moi").with(SignIn.as(mvc, "lanhdao")).with(csrf())
			.param("fullName", "Tạ Thị Xuân").param("position", "Công chức Tài chính - Kế toán")
			.param("phone", "0228 386 1099").param("email", "xuan@example.vn").param("officeHours", "Sáng thứ Bảy")
			.param("sortOrder", "95"))
			.andExpect(status().is3xxRedirection());
		assertThat(directory.ofCommune(binhHoa())).anySatisfy(o -> {
			assertThat(o.fullName()).isEqualTo("Tạ Thị Xuân");
			assertThat(o.phone()).isEqualTo("02283861099");
		});
	}

	private long binhHoa() {
		return areas.byCode(DemoAreaCodes.BINH_HOA).orElseThrow().id();
	}

	private OfficialView firstOfficialOfBinhHoa() {
		return directory.ofCommune(binhHoa()).getFirst();
	}

	static String decodeQr(byte[] png) throws Exception {
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
		return new MultiFormatReader().decode(bitmap).getText();
	}

}
