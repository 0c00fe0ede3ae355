package vn.langso.broadcast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import vn.langso.IntegrationTest;
import vn.langso.SignIn;
import vn.langso.identity.Areas;
import vn.langso.identity.DemoAreaCodes;

/** The broadcast pages: bad input is refused with Vietnamese messages and nothing is saved. */
@IntegrationTest
class BroadcastWebIntegrationTests {

	@Autowired
	vn.langso.community.CommunityIndicators communityIndicators;

	@Autowired
	MockMvc mvc;

	@Autowired
	Areas areas;

	@Autowired
	Announcements announcements;

	@Autowired
	RadioSchedules radio;

	@Test
	void anUploadThatIsNotAudioIsRefusedAndNothingIsSaved() throws Exception {
		long commune = areas.byCode(DemoAreaCodes.BINH_HOA).orElseThrow().id();
		long xom3 = areas.byCode(DemoAreaCodes.BINH_HOA_XOM_3).orElseThrow().id();
		int before = announcements.recent(commune, 500).size();
		MockMultipartFile fake = new MockMultipartFile("audio", "thong-bao.mp3", "audio/mpeg",
				"<html>not audio at all</html>".getBytes(StandardCharsets.UTF_8));
		String page = mvc.perform(multipart("/staff/truyen-thanh/moi").file(fake).with(csrf())
				.with(SignIn.as(mvc, "truyenthanh"))
				.param("title", "Thông báo có tệp giả").param("body", "Nội dung")
				.param("urgency", "NORMAL").param("channels", "LOUDSPEAKER").param("villageIds", String.valueOf(xom3)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("không phải là tệp âm thanh");
		assertThat(announcements.recent(commune, 500)).hasSize(before);

		String library = mvc.perform(multipart("/staff/truyen-thanh/chuong-trinh").file(fake).with(csrf())
				.with(SignIn.as(mvc, "truyenthanh")).param("title", "Chương trình giả"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(library).contains("không phải là tệp âm thanh");
		assertThat(radio.library(commune)).noneMatch(p -> p.title().equals("Chương trình giả"));
	}

	@Test
	void aFormWithoutChannelsVillagesOrTitleIsRefusedWithVietnameseMessages() throws Exception {
		String page = mvc.perform(post("/staff/truyen-thanh/moi").with(csrf()).with(SignIn.as(mvc, "truyenthanh"))
				.param("title", "").param("body", "x").param("urgency", "NORMAL"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Vui lòng nhập tiêu đề", "Vui lòng chọn ít nhất một kênh", "Vui lòng chọn ít nhất một thôn, xóm");
	}

	@Test
	void aVillageOfAnotherCommuneIsRefused() throws Exception {
		long otherVillage = areas.byCode(DemoAreaCodes.HOANG_DONG_QUANG_TRUNG).orElseThrow().id();
		String page = mvc.perform(post("/staff/truyen-thanh/moi").with(csrf()).with(SignIn.as(mvc, "truyenthanh"))
				.param("title", "Sai thôn").param("body", "x").param("urgency", "NORMAL").param("channels", "PORTAL")
				.param("villageIds", String.valueOf(otherVillage)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("không thuộc xã");
	}

	@Test
	void aPortalAnnouncementAppearsOnTheCommuneHomePageAndItsReachPageShowsTheChannels() throws Exception {
		long xom3 = areas.byCode(DemoAreaCodes.BINH_HOA_XOM_3).orElseThrow().id();
		mvc.perform(post("/staff/truyen-thanh/moi").with(csrf()).with(SignIn.as(mvc, "truyenthanh"))
				.param("title", "Họp dân xóm 3 tối thứ Bảy").param("body", "Mời đại diện các hộ dự họp.")
				.param("urgency", "NORMAL").param("channels", "PORTAL", "IN_APP", "EMAIL", "SMS_ZALO")
				.param("villageIds", String.valueOf(xom3)))
			.andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/staff/truyen-thanh/*"));
		mvc.perform(get("/xa/binh-hoa")).andExpect(content().string(org.hamcrest.Matchers.containsString("Họp dân xóm 3 tối thứ Bảy")));
		long commune = areas.byCode(DemoAreaCodes.BINH_HOA).orElseThrow().id();
		AnnouncementView meeting = announcements.recent(commune, 10).stream()
			.filter(a -> a.title().equals("Họp dân xóm 3 tối thứ Bảy")).findFirst().orElseThrow();
		Reach reach = announcements.reach(commune, meeting.id());
		// the two demo citizens of xóm 3: both in-app, one has e-mail, both have phones
		assertThat(reach.channels()).anySatisfy(d -> {
			assertThat(d.channel()).isEqualTo(Channel.IN_APP);
			assertThat(d.recipients()).isEqualTo(2);
		});
		// one has e-mail; with no SMTP relay configured it was not sent, so it is no reach
		assertThat(reach.channels()).anySatisfy(d -> {
			assertThat(d.channel()).isEqualTo(Channel.EMAIL);
			assertThat(d.recipients()).isEqualTo(1);
			assertThat(d.delivered()).isZero();
			assertThat(d.detail()).isEqualTo("accepted 0, not sent 1, failed 0");
		});
		// the households of xóm 3 in the community register are the denominator of the reach
		long xom3Households = communityIndicators.ofVillage(commune, xom3).households();
		assertThat(xom3Households).isPositive();
		assertThat(reach.households()).isEqualTo(xom3Households);
		String citizenPage = mvc.perform(get("/tai-khoan/thong-bao").with(SignIn.as(mvc, "0912345678")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(citizenPage).contains("Họp dân xóm 3 tối thứ Bảy");
		mvc.perform(get("/staff/truyen-thanh/" + meeting.id()).with(SignIn.as(mvc, "truyenthanh"))).andExpect(status().isOk());
		// another commune's official sees nothing of it
		mvc.perform(get("/staff/truyen-thanh/" + meeting.id()).with(SignIn.as(mvc, "motcua.hoangdong")))
			.andExpect(status().is4xxClientError());
	}

}
