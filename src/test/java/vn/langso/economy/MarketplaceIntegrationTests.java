package vn.langso.economy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.langso.IntegrationTest;
import vn.langso.SignIn;
import vn.langso.identity.Areas;
import vn.langso.identity.DemoAreaCodes;
import vn.langso.payment.VietQr;
import vn.langso.payment.VietQrPayload;

/** The public side (catalogue, VietQR, trace page, payment points) and the producer's pages. */
@IntegrationTest
class MarketplaceIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ProductRepository products;

	@Autowired
	GrowingAreaRepository areas;

	@Autowired
	PaymentPoints paymentPoints;

	@Autowired
	Areas communes;

	Product product(String name) {
		return products.findAll().stream().filter(p -> p.view().name().equals(name)).findFirst().orElseThrow();
	}

	@Test
	void catalogueListsTheCommunesProductsWithPricesAndOcopStars() throws Exception {
		mvc.perform(get("/xa/binh-hoa/cho"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bưởi Diễn Bình Hòa")))
			.andExpect(content().string(containsString("Kẹo lạc Bà Tư")))
			.andExpect(content().string(containsString("Nấm sò tươi")))
			.andExpect(content().string(containsString("45.000 đ / quả")))
			.andExpect(content().string(containsString("★★★★ OCOP")));
		mvc.perform(get("/xa/binh-hoa/cho").param("q", "keo lac"))
			.andExpect(content().string(containsString("Kẹo lạc Bà Tư")))
			.andExpect(content().string(not(containsString("Nấm sò tươi"))));
		mvc.perform(get("/xa/binh-hoa")).andExpect(content().string(containsString("data-test=\"market-section\"")));
	}

	@Test
	void productPageOffersAVietQrCodeToPayTheProducerAndNeverShowsAPhoneNumber() throws Exception {
		long id = product("Bưởi Diễn Bình Hòa").id();
		mvc.perform(get("/xa/binh-hoa/cho/{id}", id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("vietqr.png")))
			.andExpect(content().string(containsString("https://shopee.vn/htxbinhhoa.demo")))
			.andExpect(content().string(not(containsString("0978000111"))));
		byte[] png = mvc.perform(get("/xa/binh-hoa/cho/{id}/vietqr.png", id)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		String scanned = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
				new BufferedImageLuminanceSource(ImageIO.read(new ByteArrayInputStream(png)))))).getText();
		VietQrPayload payment = VietQr.decode(scanned).orElseThrow();
		assertThat(payment.bankBin()).isEqualTo("970405");
		assertThat(payment.accountNumber()).isEqualTo("3300205123456");
		assertThat(payment.purpose()).isEqualTo("BUOI DIEN BINH HOA");
		assertThat(payment.isDynamic()).isFalse();
	}

	@Test
	void buyersLeaveAMessageTheProducerReadsAndEmptyMessagesAreRefused() throws Exception {
		long id = product("Nấm sò tươi").id();
		mvc.perform(post("/xa/binh-hoa/cho/{id}/lien-he", id).with(csrf()).param("name", "").param("contact", "").param("message", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nhập tên của bạn.")));
		mvc.perform(post("/xa/binh-hoa/cho/{id}/lien-he", id).with(csrf())
			.param("name", "Chị Hạnh").param("contact", "hanh@example.vn").param("message", "Cho tôi đặt 5 kg nấm sáng thứ Bảy"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/tai-khoan/san-xuat").with(SignIn.as(mvc, "sanxuat")))
			.andExpect(content().string(containsString("Cho tôi đặt 5 kg nấm sáng thứ Bảy")));
	}

	@Test
	void tracePageShowsProductProducerAreaJourneyAndNothingPrivate() throws Exception {
		Product pomelo = product("Bưởi Diễn Bình Hòa");
		mvc.perform(get("/01/{gtin}/10/{lot}", pomelo.gtin(), "BD-DEMO-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("HTX Nông nghiệp Bình Hòa")))
			.andExpect(content().string(containsString("99001-VT-001")))
			.andExpect(content().string(containsString("Thu hoạch")))
			.andExpect(content().string(containsString("Đóng gói")))
			.andExpect(content().string(containsString("VietGAP")))
			.andExpect(content().string(containsString("★★★★")))
			.andExpect(content().string(not(containsString("0978000111"))))
			.andExpect(content().string(not(containsString("Trịnh Văn Lộc"))))
			.andExpect(content().string(not(containsString("3300205123456"))));
		mvc.perform(get("/01/{gtin}/10/{lot}", pomelo.gtin(), "NO-SUCH-LOT")).andExpect(status().isNotFound());
		mvc.perform(get("/01/{gtin}/10/{lot}", "12345678901234", "BD-DEMO-01")).andExpect(status().isBadRequest());
	}

	@Test
	void aBatchFromAnotherProducersGrowingAreaIsRefusedWithAClearMessage() throws Exception {
		long household = areas.findByCode("99001-VT-003").orElseThrow().id();
		long pomelo = product("Bưởi Diễn Bình Hòa").id();
		mvc.perform(post("/tai-khoan/san-xuat/lo").with(csrf()).with(SignIn.as(mvc, "sanxuat"))
			.param("productId", String.valueOf(pomelo)).param("growingAreaId", String.valueOf(household)).param("quantity", "100"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vùng trồng 99001-VT-003 thuộc cơ sở sản xuất khác")));
	}

	@Test
	void labelsSheetCarriesTheBatchDigitalLinkAsQrCodes() throws Exception {
		var producer = SignIn.as(mvc, "sanxuat");
		long pomelo = product("Bưởi Diễn Bình Hòa").id();
		long area = areas.findByCode("99001-VT-001").orElseThrow().id();
		String location = mvc.perform(post("/tai-khoan/san-xuat/lo").with(csrf()).with(producer)
			.param("productId", String.valueOf(pomelo)).param("growingAreaId", String.valueOf(area)).param("quantity", "800"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		byte[] pdf = mvc.perform(get(location + "/nhan.pdf").with(producer)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (var document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Bưởi Diễn Bình Hòa").contains("Lô: L");
			assertThat(document.getNumberOfPages()).isEqualTo(1);
		}
		mvc.perform(get(location + "/nhan.pdf").with(SignIn.as(mvc, "0912345678"))).andExpect(status().isForbidden());
	}

	@Test
	void paymentPointsAreCountedPerVillage() throws Exception {
		long binhHoa = communes.byCode(DemoAreaCodes.BINH_HOA).orElseThrow().id();
		long xom3 = communes.byCode(DemoAreaCodes.BINH_HOA_XOM_3).orElseThrow().id();
		Map<Long, Long> counts = paymentPoints.qrPointsByVillage(binhHoa);
		assertThat(counts.get(xom3)).isEqualTo(5L);
		assertThat(paymentPoints.qrPoints(binhHoa)).isEqualTo(counts.values().stream().mapToLong(Long::longValue).sum());
		mvc.perform(get("/xa/binh-hoa/thanh-toan-qr")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Tổng số điểm nhận VietQR: " + paymentPoints.qrPoints(binhHoa))));
	}

}
