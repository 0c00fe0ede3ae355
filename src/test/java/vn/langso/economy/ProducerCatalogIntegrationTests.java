package vn.langso.economy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.langso.IntegrationTest;
import vn.langso.SignIn;

/** A producer keeps products (GTIN, OCOP, shops, photos) and growing areas (outline on a map) from a phone. */
@IntegrationTest
class ProducerCatalogIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ProductRepository products;

	@Autowired
	GrowingAreaRepository areas;

	@Autowired
	ProductPhotoRepository photos;

	static String validGtin13(String first12) {
		return first12 + Gtins.checkDigit(first12);
	}

	MockHttpServletRequestBuilder product(String path, String name, String gtin, String... overrides) {
		java.util.Map<String, String> params = new java.util.LinkedHashMap<>();
		params.put("name", name);
		params.put("category", "FOOD");
		params.put("gtin", gtin);
		params.put("ocopStars", "3");
		params.put("ocopYear", "2025");
		params.put("certifications", "VietGAP\nHữu cơ");
		params.put("priceVnd", "60000");
		params.put("unit", "hộp");
		params.put("description", "Ngon");
		params.put("shopLinks", "https://shopee.vn/demo-nam\nhttps://www.facebook.com/demo.nam");
		params.put("listed", "true");
		for (int i = 0; i < overrides.length; i += 2) {
			params.put(overrides[i], overrides[i + 1]);
		}
		MockHttpServletRequestBuilder request = post(path).with(csrf());
		params.forEach(request::param);
		return request;
	}

	long created(String redirect) {
		return Long.parseLong(redirect.substring(redirect.lastIndexOf('/') + 1));
	}

	@Test
	void aProducerAddsAProductWithAValidGtinAndItIsOnTheMarketplace() throws Exception {
		RequestPostProcessor producer = SignIn.as(mvc, "sanxuat");
		mvc.perform(get("/tai-khoan/san-xuat/san-pham/moi").with(producer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<!DOCTYPE html>")))
			.andExpect(content().string(containsString("Mã GTIN")));
		String gtin13 = validGtin13("893850497001");
		String redirect = mvc.perform(product("/tai-khoan/san-xuat/san-pham", "Nấm hương sấy Bình Hòa", gtin13).with(producer))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		Product saved = products.findById(created(redirect)).orElseThrow();
		assertThat(saved.gtin()).isEqualTo("0" + gtin13);
		ProductView view = saved.view();
		assertThat(view.ocopStars()).isEqualTo(3);
		assertThat(view.certifications()).containsExactly("VietGAP", "Hữu cơ");
		assertThat(view.shopLinks()).containsExactly("https://shopee.vn/demo-nam", "https://www.facebook.com/demo.nam");
		mvc.perform(get("/xa/binh-hoa/cho")).andExpect(content().string(containsString("Nấm hương sấy Bình Hòa")));
		mvc.perform(get("/xa/binh-hoa/cho/{id}", saved.id()))
			.andExpect(content().string(containsString("https://shopee.vn/demo-nam")))
			.andExpect(content().string(containsString("60.000 đ / hộp")));
	}

	@Test
	void aWrongCheckDigitOrOcopStarsWithoutAYearOrAPlainHttpShopAreRefusedAndNothingIsSaved() throws Exception {
		RequestPostProcessor producer = SignIn.as(mvc, "sanxuat");
		long before = products.count();
		String valid = validGtin13("893850497002");
		String wrong = valid.substring(0, 12) + ((valid.charAt(12) - '0' + 1) % 10);
		mvc.perform(product("/tai-khoan/san-xuat/san-pham", "Mật ong", wrong).with(producer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mã GTIN sai số kiểm tra (chữ số cuối đúng phải là " + valid.charAt(12) + ")")));
		mvc.perform(product("/tai-khoan/san-xuat/san-pham", "Mật ong", "12345").with(producer))
			.andExpect(content().string(containsString("Mã GTIN gồm 8, 12, 13 hoặc 14 chữ số")));
		mvc.perform(product("/tai-khoan/san-xuat/san-pham", "Mật ong", "", "ocopYear", "").with(producer))
			.andExpect(content().string(containsString("Nhập năm được công nhận OCOP")));
		mvc.perform(product("/tai-khoan/san-xuat/san-pham", "Mật ong", "", "shopLinks", "http://shop.example.vn").with(producer))
			.andExpect(content().string(containsString("Địa chỉ gian hàng không hợp lệ: http://shop.example.vn")));
		mvc.perform(product("/tai-khoan/san-xuat/san-pham", "", "").with(producer))
			.andExpect(content().string(containsString("Nhập tên sản phẩm.")));
		String pomeloGtin = products.findAll().stream().filter(p -> p.view().name().equals("Bưởi Diễn Bình Hòa")).findFirst()
			.orElseThrow().gtin();
		mvc.perform(product("/tai-khoan/san-xuat/san-pham", "Mật ong", pomeloGtin).with(producer))
			.andExpect(content().string(containsString("Mã GTIN này đã dùng cho một sản phẩm khác.")));
		assertThat(products.count()).isEqualTo(before);
	}

	@Test
	void editingAProductRefreshesItsTracePagesAndItsGtinIsFixedOnceItHasBatches() throws Exception {
		RequestPostProcessor producer = SignIn.as(mvc, "sanxuat");
		String redirect = mvc.perform(product("/tai-khoan/san-xuat/san-pham", "Bưởi đào", "").with(producer))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		long id = created(redirect);
		String gtin = products.findById(id).orElseThrow().gtin();
		assertThat(Gtins.isInternal(gtin)).isTrue();
		mvc.perform(post("/tai-khoan/san-xuat/lo").with(csrf()).with(producer).param("productId", String.valueOf(id))
			.param("lot", "DAO-01").param("quantity", "50")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/01/{gtin}/10/{lot}", gtin, "DAO-01")).andExpect(content().string(containsString("Bưởi đào")));

		mvc.perform(product("/tai-khoan/san-xuat/san-pham/" + id, "Bưởi đào Bình Hòa", gtin).with(producer))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/01/{gtin}/10/{lot}", gtin, "DAO-01")).andExpect(content().string(containsString("Bưởi đào Bình Hòa")));

		mvc.perform(product("/tai-khoan/san-xuat/san-pham/" + id, "Bưởi đào Bình Hòa", validGtin13("893850497003")).with(producer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("không thể đổi mã")));
		assertThat(products.findById(id).orElseThrow().gtin()).isEqualTo(gtin);
	}

	static byte[] png(int width, int height) throws Exception {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(240, 200, 40));
		g.fillRect(0, 0, width, height);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	/** A JPEG with an EXIF segment (APP1, camera make "SecretCam") inserted after its start marker. */
	static byte[] jpegWithExif() throws Exception {
		BufferedImage image = new BufferedImage(1200, 900, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream plain = new ByteArrayOutputStream();
		ImageIO.write(image, "jpg", plain);
		byte[] jpeg = plain.toByteArray();
		byte[] payload = ("Exif\0\0MM\0*\0\0\0\bSecretCam GPS 20.2668 106.4571").getBytes(StandardCharsets.ISO_8859_1);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(jpeg, 0, 2);
		out.write(0xFF);
		out.write(0xE1);
		out.write((payload.length + 2) >> 8);
		out.write((payload.length + 2) & 0xFF);
		out.write(payload);
		out.write(jpeg, 2, jpeg.length - 2);
		return out.toByteArray();
	}

	/** Posts a photo and opens the page the redirect leads to, as a browser does (its flash message consumed). */
	String upload(String path, RequestPostProcessor producer, byte[] bytes, String type) throws Exception {
		String target = mvc.perform(multipart(path).file(new MockMultipartFile("photo", "anh", type, bytes)).with(csrf()).with(producer))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		return mvc.perform(get(target.replace("#anh", "")).with(producer)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void photosAreCheckedByContentReEncodedTo800And320PixelsWithoutExifAndAtMostSix() throws Exception {
		RequestPostProcessor producer = SignIn.as(mvc, "sanxuat");
		String redirect = mvc.perform(product("/tai-khoan/san-xuat/san-pham", "Chè lam", "").with(producer))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		mvc.perform(get(redirect).with(producer)).andExpect(content().string(containsString("Đã lưu sản phẩm.")));
		long id = created(redirect);
		String upload = "/tai-khoan/san-xuat/san-pham/" + id + "/anh";

		assertThat(upload(upload, producer, jpegWithExif(), "image/jpeg")).contains("Đã thêm ảnh.");
		ProductPhoto photo = photos.findByProductIdOrderBySortOrderAscIdAsc(id).getFirst();
		byte[] large = mvc.perform(get("/anh-san-pham/{id}/800.jpg", photo.id())).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		byte[] small = mvc.perform(get("/anh-san-pham/{id}/320.jpg", photo.id())).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(ImageIO.read(new ByteArrayInputStream(large)).getWidth()).isEqualTo(800);
		assertThat(ImageIO.read(new ByteArrayInputStream(large)).getHeight()).isEqualTo(600);
		assertThat(ImageIO.read(new ByteArrayInputStream(small)).getWidth()).isEqualTo(320);
		assertThat(new String(large, StandardCharsets.ISO_8859_1)).doesNotContain("Exif").doesNotContain("SecretCam");
		assertThat(new String(small, StandardCharsets.ISO_8859_1)).doesNotContain("Exif").doesNotContain("SecretCam");
		mvc.perform(get("/xa/binh-hoa/cho/{id}", id)).andExpect(content().string(containsString("/anh-san-pham/" + photo.id() + "/320.jpg")));

		assertThat(upload(upload, producer, "not a picture".getBytes(), "image/jpeg")).contains("Tệp không phải ảnh JPEG hoặc PNG.");
		byte[] huge = new byte[5 * 1024 * 1024 + 1];
		huge[0] = (byte) 0xFF;
		huge[1] = (byte) 0xD8;
		huge[2] = (byte) 0xFF;
		assertThat(upload(upload, producer, huge, "image/jpeg")).contains("Ảnh quá lớn (tối đa 5 MB).");
		for (int i = 0; i < 5; i++) {
			assertThat(upload(upload, producer, png(200, 100), "image/png")).contains("Đã thêm ảnh.");
		}
		assertThat(upload(upload, producer, png(200, 100), "image/png")).contains("Mỗi sản phẩm tối đa 6 ảnh. Hãy xóa bớt ảnh cũ.");
		assertThat(photos.countByProductId(id)).isEqualTo(6);

		mvc.perform(post(upload + "/" + photo.id() + "/xoa").with(csrf()).with(producer)).andExpect(status().is3xxRedirection());
		assertThat(photos.countByProductId(id)).isEqualTo(5);
		mvc.perform(get("/anh-san-pham/{id}/800.jpg", photo.id())).andExpect(status().isNotFound());
	}

	@Test
	void aProducerDrawsAGrowingAreaAndBadOutlinesOrTakenCodesAreRefused() throws Exception {
		RequestPostProcessor producer = SignIn.as(mvc, "sanxuat");
		mvc.perform(get("/tai-khoan/san-xuat/vung-trong/moi").with(producer))
			.andExpect(status().isOk()).andExpect(content().string(containsString("area-draw-map")));
		String polygon = "[[20.2601,106.4501],[20.2612,106.4522],[20.2598,106.4530]]";
		mvc.perform(post("/tai-khoan/san-xuat/vung-trong").with(csrf()).with(producer)
				.param("code", "99001-vt-010").param("crop", "Lạc").param("hectares", "1.25").param("polygon", polygon))
			.andExpect(status().is3xxRedirection());
		GrowingArea area = areas.findByCode("99001-VT-010").orElseThrow();
		assertThat(area.view().hectares()).isEqualByComparingTo("1.25");
		assertThat(area.view().polygon()).isEqualTo("[[20.2601,106.4501],[20.2612,106.4522],[20.2598,106.453]]");
		mvc.perform(get("/tai-khoan/san-xuat").with(producer)).andExpect(content().string(containsString("99001-VT-010")));

		long before = areas.count();
		mvc.perform(post("/tai-khoan/san-xuat/vung-trong").with(csrf()).with(producer)
				.param("code", "99001-VT-011").param("crop", "Lạc").param("hectares", "1").param("polygon", "[[20.26,106.45],[20.27,106.46]]"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Ranh giới cần từ 3 đến 200 điểm")));
		mvc.perform(post("/tai-khoan/san-xuat/vung-trong").with(csrf()).with(producer)
				.param("code", "99001-VT-011").param("crop", "Lạc").param("hectares", "1").param("polygon", "[[95,106.45],[20.27,106.46],[20.28,106.47]]"))
			.andExpect(content().string(containsString("Ranh giới cần từ 3 đến 200 điểm")));
		mvc.perform(post("/tai-khoan/san-xuat/vung-trong").with(csrf()).with(producer)
				.param("code", "99001-VT-003").param("crop", "Lạc").param("hectares", "1").param("polygon", polygon))
			.andExpect(content().string(containsString("Mã số vùng trồng 99001-VT-003 đã có.")));
		mvc.perform(post("/tai-khoan/san-xuat/vung-trong").with(csrf()).with(producer)
				.param("code", "99001-VT-011").param("crop", "").param("hectares", "0").param("polygon", polygon))
			.andExpect(content().string(containsString("Nhập cây trồng.")))
			.andExpect(content().string(containsString("Diện tích từ 0,01 đến 100.000 ha.")));
		assertThat(areas.count()).isEqualTo(before);

		mvc.perform(post("/tai-khoan/san-xuat/vung-trong/{id}", area.id()).with(csrf()).with(producer)
				.param("code", "99001-VT-010").param("crop", "Lạc sen").param("hectares", "1.5").param("polygon", polygon))
			.andExpect(status().is3xxRedirection());
		assertThat(areas.findById(area.id()).orElseThrow().view().crop()).isEqualTo("Lạc sen");
		// another producer's area is not found
		long household = areas.findByCode("99001-VT-003").orElseThrow().id();
		mvc.perform(get("/tai-khoan/san-xuat/vung-trong/{id}", household).with(producer)).andExpect(status().isNotFound());
		mvc.perform(get("/tai-khoan/san-xuat/vung-trong/moi").with(SignIn.as(mvc, "0912345678")))
			.andExpect(status().isForbidden()).andExpect(content().string(not(containsString("area-draw-map"))));
	}

}
