package vn.langso.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import vn.langso.IntegrationTest;
import vn.langso.SignIn;

/** An official of one commune never sees or changes another commune's data; the province sees all. */
@IntegrationTest
class CommuneIsolationIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Areas areas;

	@Autowired
	Directory directory;

	@Autowired
	AccountRepository accounts;

	@Test
	void administratorOfOneCommuneCannotOpenAnotherCommunesDirectoryEntryOrAccount() throws Exception {
		long hoangDong = areas.byCode(DemoAreaCodes.HOANG_DONG).orElseThrow().id();
		long otherOfficial = directory.ofCommune(hoangDong).getFirst().id();
		long otherAccount = accounts.findByUsername("motcua.hoangdong").orElseThrow().id();
		RequestPostProcessor binhHoaAdmin = SignIn.as(mvc, "quantri");

		mvc.perform(get("/staff/danh-ba/" + otherOfficial).with(binhHoaAdmin).accept("text/html"))
			.andExpect(status().isNotFound());
		mvc.perform(post("/staff/danh-ba/" + otherOfficial + "/xoa").with(binhHoaAdmin).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/staff/danh-ba?commune=" + hoangDong).with(binhHoaAdmin).accept("text/html"))
			.andExpect(status().isNotFound());
		mvc.perform(get("/staff/tai-khoan/" + otherAccount).with(binhHoaAdmin).accept("text/html"))
			.andExpect(status().isNotFound());
		mvc.perform(get("/staff/tai-khoan?commune=" + hoangDong).with(binhHoaAdmin).accept("text/html"))
			.andExpect(status().isNotFound());
		assertThat(directory.ofCommune(hoangDong)).extracting(OfficialView::id).contains(otherOfficial);
	}

	@Test
	void accountListOfACommuneAdministratorShowsOnlyTheirCommune() throws Exception {
		String page = mvc.perform(get("/staff/tai-khoan").with(SignIn.as(mvc, "quantri")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Nguyễn Thị Lan").doesNotContain("Lê Văn Bình").doesNotContain("Phan Thị Hằng");
	}

	@Test
	void provinceAdministratorSeesEveryCommune() throws Exception {
		long hoangDong = areas.byCode(DemoAreaCodes.HOANG_DONG).orElseThrow().id();
		mvc.perform(get("/staff/danh-ba?commune=" + hoangDong).with(SignIn.as(mvc, "quantri.tinh")))
			.andExpect(status().isOk());
	}

}
