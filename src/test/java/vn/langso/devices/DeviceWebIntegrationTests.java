package vn.langso.devices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.langso.IntegrationTest;
import vn.langso.SignIn;
import vn.langso.identity.Areas;
import vn.langso.identity.DemoAreaCodes;

/** The registry pages and the public camera page. */
@IntegrationTest
class DeviceWebIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Areas areas;

	@Autowired
	DeviceRepository repository;

	@Test
	void theRegistryShowsTheSeedDevicesOfTheCommune() throws Exception {
		String page = mvc.perform(get("/staff/thiet-bi").with(SignIn.as(mvc, "truyenthanh")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("BH-X3-LOA-04", "BH-X3-CAM-16", "Màn hình LED nhà văn hóa xóm 3", "device-map")
			.doesNotContain("QT-CAM-01");
	}

	@Test
	void registeringShowsTheSecretOnceAndRefusesBadInput() throws Exception {
		long xom3 = areas.byCode(DemoAreaCodes.BINH_HOA_XOM_3).orElseThrow().id();
		mvc.perform(post("/staff/thiet-bi/moi").with(csrf()).with(SignIn.as(mvc, "truyenthanh"))
				.param("code", "BH-X3-DEN-99").param("kind", "STREET_LIGHT").param("name", "Đèn thử")
				.param("villageId", String.valueOf(xom3)).param("heartbeatSeconds", "300"))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("secret"));
		assertThat(repository.findByCode("BH-X3-DEN-99")).isPresent();

		long foreignVillage = areas.byCode(DemoAreaCodes.HOANG_DONG_QUANG_TRUNG).orElseThrow().id();
		String page = mvc.perform(post("/staff/thiet-bi/moi").with(csrf()).with(SignIn.as(mvc, "truyenthanh"))
				.param("code", "bad code!").param("kind", "CAMERA").param("name", "<script>")
				.param("villageId", String.valueOf(foreignVillage)).param("heartbeatSeconds", "1")
				.param("latitude", "123").param("streamUrl", "javascript:alert(1)"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Mã thiết bị gồm", "Vui lòng chọn thôn, xóm của xã", "Chu kỳ báo sống",
				"Vĩ độ phải", "liên kết HLS");
		String taken = mvc.perform(post("/staff/thiet-bi/moi").with(csrf()).with(SignIn.as(mvc, "truyenthanh"))
				.param("code", "BH-X3-LOA-01").param("kind", "LOUDSPEAKER_CLUSTER").param("name", "Trùng")
				.param("villageId", String.valueOf(xom3)).param("heartbeatSeconds", "60"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(taken).contains("đã được dùng");
	}

	@Test
	void residentsSeeOnlyTheCamerasTheCommuneOptedIn() throws Exception {
		String quangTrung = mvc.perform(get("/xa/hoang-dong/camera")).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(quangTrung).contains("Camera thôn Quang Trung số 1<", "Camera thôn Quang Trung số 10<")
			.doesNotContain("Camera thôn Quang Trung số 11", "Camera thôn Quang Trung số 12");
		String binhHoa = mvc.perform(get("/xa/binh-hoa/camera")).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(binhHoa).doesNotContain("Camera an ninh xóm 3 số").contains("chưa công khai camera");
	}

	@Test
	void theCulturalHouseLedBoardShowsTheVillagesCamerasAsHlsTiles() throws Exception {
		long board = repository.findByCode("BH-X3-LED-01").orElseThrow().id();
		String page = mvc.perform(get("/staff/thiet-bi/" + board + "/man-hinh").with(SignIn.as(mvc, "truyenthanh")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page.split("data-test=\"camera-tile\"", -1)).hasSize(17);
		assertThat(page).contains("data-hls=\"/hls/bh-x3-cam-1/index.m3u8\"", "data-hls=\"/hls/bh-x3-cam-16/index.m3u8\"",
				"/webjars/hls.js/1.4.12/dist/hls.min", "/js/cameras"); // fingerprinted: hls.min-<md5>.js
		// the player is served from the webjar
		mvc.perform(get("/webjars/hls.js/1.4.12/dist/hls.min.js")).andExpect(status().isOk());
		// only LED boards have a screen page; another commune's official cannot open it
		long camera = repository.findByCode("BH-X3-CAM-01").orElseThrow().id();
		mvc.perform(get("/staff/thiet-bi/" + camera + "/man-hinh").with(SignIn.as(mvc, "truyenthanh")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/staff/thiet-bi/" + board + "/man-hinh").with(SignIn.as(mvc, "motcua.hoangdong")))
			.andExpect(status().is4xxClientError());
	}

	@Test
	void thePublicCameraPagePlaysStreamsThroughHlsJs() throws Exception {
		String page = mvc.perform(get("/xa/hoang-dong/camera")).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("data-hls=\"/hls/qt-cam-1/index.m3u8\"", "/webjars/hls.js/1.4.12/dist/hls.min");
	}

	@Test
	void citizensCannotOpenTheRegistry() throws Exception {
		mvc.perform(get("/staff/thiet-bi").with(SignIn.as(mvc, "0912345678"))).andExpect(status().isForbidden());
	}

}
