package vn.langso.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.langso.IntegrationTest;
import vn.langso.SignIn;

@IntegrationTest
class AreaAdministrationIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Areas areas;

	@Test
	void provinceAdministratorAddsACommuneThatGetsItsPublicAddress() throws Exception {
		mvc.perform(post("/staff/don-vi/xa").with(SignIn.as(mvc, "quantri.tinh")).with(csrf())
			.param("code", "99004").param("name", "Xã Cẩm Bình"))
			.andExpect(status().is3xxRedirection());
		assertThat(areas.communeBySlug("cam-binh").code()).isEqualTo("99004");
	}

	@Test
	void communeAdministratorAddsAVillageOnlyToTheirCommune() throws Exception {
		long binhHoa = areas.byCode(DemoAreaCodes.BINH_HOA).orElseThrow().id();
		long hoangDong = areas.byCode(DemoAreaCodes.HOANG_DONG).orElseThrow().id();
		var admin = SignIn.as(mvc, "quantri");
		mvc.perform(post("/staff/don-vi/xa/" + binhHoa + "/thon").with(admin).with(csrf())
			.param("code", "99001-07").param("name", "Xóm 7"))
			.andExpect(status().is3xxRedirection());
		assertThat(areas.childrenOf(binhHoa)).extracting(AreaView::name).contains("Xóm 7");
		mvc.perform(post("/staff/don-vi/xa/" + hoangDong + "/thon").with(admin).with(csrf())
			.param("code", "99002-09").param("name", "Thôn Lạ"))
			.andExpect(status().isNotFound());
		assertThat(areas.byCode("99002-09")).isEmpty();
	}

	@Test
	void communeAdministratorCannotAddCommunesAndDuplicatesAreExplained() throws Exception {
		mvc.perform(post("/staff/don-vi/xa").with(SignIn.as(mvc, "quantri")).with(csrf())
			.param("code", "99005").param("name", "Xã Mới"))
			.andExpect(status().isForbidden());
		String page = mvc.perform(post("/staff/don-vi/xa").with(SignIn.as(mvc, "quantri.tinh")).with(csrf())
			.param("code", "99001").param("name", "Xã Trùng Mã"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Mã đơn vị này đã tồn tại.");
		assertThat(areas.byCode("99005")).isEmpty();
	}

}
