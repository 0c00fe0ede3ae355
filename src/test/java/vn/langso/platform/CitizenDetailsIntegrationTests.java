package vn.langso.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.langso.IntegrationTest;
import vn.langso.SignIn;
import vn.langso.broadcast.AnnouncementForm;
import vn.langso.broadcast.AnnouncementView;
import vn.langso.broadcast.Announcements;
import vn.langso.broadcast.Channel;
import vn.langso.broadcast.Urgency;
import vn.langso.identity.AreaView;
import vn.langso.identity.Areas;
import vn.langso.identity.DemoAreaCodes;

/** The small things on public and staff pages that misled people: each as a page would show it. */
@IntegrationTest
class CitizenDetailsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Announcements announcements;

	@Autowired
	Areas areas;

	String page(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void anEmergencyInForceIsABannerAtTheTopOfThePortalAndNamesItsVillagesForStaff() throws Exception {
		AreaView xom3 = areas.byCode(DemoAreaCodes.BINH_HOA_XOM_3).orElseThrow();
		AnnouncementView flood = announcements.publish(xom3.parentId(), "Hoàng Văn Tú", new AnnouncementForm(
				"Lũ sông Hồng lên nhanh, sơ tán hộ ven đê", "Các hộ ven đê xóm 3 di chuyển lên nhà văn hóa trước 17 giờ.",
				Urgency.EMERGENCY, EnumSet.of(Channel.PORTAL), List.of(xom3.id()), null, "Lũ", 6), null);

		String portal = page(get("/xa/binh-hoa"));
		int banner = portal.indexOf("data-test=\"emergency-banner\"");
		assertThat(banner).isPositive().isLessThan(portal.indexOf("class=\"hero\""));
		assertThat(portal.substring(banner)).contains(flood.title());

		String reach = page(get("/staff/truyen-thanh/" + flood.id()).with(SignIn.as(mvc, "truyenthanh")));
		assertThat(reach).contains(xom3.name()).doesNotContain(">null<").doesNotContain("null,");
	}

	@Test
	void thePortalLinksToTheCommunesIndicators() throws Exception {
		String portal = page(get("/xa/binh-hoa"));
		assertThat(portal).contains("href=\"/xa/binh-hoa/chi-so\"").doesNotContain("/xa//chi-so");
	}

	@Test
	void aMarketplaceProductLeadsToTheTracePageOfItsLots() throws Exception {
		Map<String, Object> lot = jdbc.sql("""
				select p.id, b.gtin, b.lot from economy_batch b join economy_product p on p.id = b.product_id
				join identity_area a on a.id = p.commune_id where p.listed and a.slug = 'binh-hoa' order by b.id""")
			.query().listOfRows().getFirst();
		String product = page(get("/xa/binh-hoa/cho/" + lot.get("id")));
		String trace = "/01/" + lot.get("gtin") + "/10/" + lot.get("lot");
		assertThat(product).contains("data-test=\"trace-link\"").contains("href=\"" + trace + "\"");
		assertThat(mvc.perform(get(trace)).andReturn().getResponse().getStatus()).isEqualTo(200);
	}

	@Test
	void theProgrammeLibraryTitleStartsEmpty() throws Exception {
		String library = page(get("/staff/truyen-thanh/chuong-trinh").with(SignIn.as(mvc, "truyenthanh")));
		String input = library.substring(library.indexOf("<input id=\"title\""));
		input = input.substring(0, input.indexOf('>') + 1);
		assertThat(input).contains("value=\"\"").doesNotContain("&lt;title");
	}

}
