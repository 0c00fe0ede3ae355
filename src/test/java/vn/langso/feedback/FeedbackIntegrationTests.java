package vn.langso.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.exif.GpsDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.langso.identity.LoggingSmsGateway;
import vn.langso.identity.SmsGateway;
import vn.langso.IntegrationTest;
import vn.langso.SignIn;
import vn.langso.identity.Areas;
import vn.langso.identity.DemoAreaCodes;

@IntegrationTest
class FeedbackIntegrationTests {

	@Autowired
	vn.langso.shared.WorkingCalendar calendar;

	@Autowired
	MockMvc mvc;

	@Autowired
	ReportCategories categories;

	@Autowired
	PublicReports reports;

	@Autowired
	ReportDeadlines deadlines;

	@Autowired
	Areas areas;

	@Autowired
	SmsGateway sms;

	@Autowired
	JdbcTemplate jdbc;

	private long binhHoa() {
		return areas.byCode(DemoAreaCodes.BINH_HOA).orElseThrow().id();
	}

	private long xom3() {
		return areas.byCode(DemoAreaCodes.BINH_HOA_XOM_3).orElseThrow().id();
	}

	private long category(String code) {
		return categories.categoryByCode(binhHoa(), code).orElseThrow().id();
	}

	private long reportCount() {
		return jdbc.queryForObject("select count(*) from feedback_report", Long.class);
	}

	private MockMultipartHttpServletRequestBuilder form(String description, String lat, String lon, MockMultipartFile... photos) {
		MockMultipartHttpServletRequestBuilder request = multipart("/xa/binh-hoa/phan-anh/moi");
		for (MockMultipartFile photo : photos) {
			request.file(photo);
		}
		request.param("categoryId", String.valueOf(category("moi-truong-rac-thai")))
			.param("description", description)
			.param("villageId", String.valueOf(xom3()));
		if (lat != null) {
			request.param("latitude", lat).param("longitude", lon);
		}
		request.with(csrf());
		return request;
	}

	private long createdId(MvcResult result) throws Exception {
		String target = result.getResponse().getRedirectedUrl();
		assertThat(target).as(result.getResponse().getContentAsString().replaceAll("(?s).*<main", "<main").replaceAll("(?s)</main>.*", ""))
			.matches("/xa/binh-hoa/phan-anh/\\d+");
		return Long.parseLong(target.substring(target.lastIndexOf('/') + 1));
	}

	@Test
	void citizenReportsWithAGeotaggedPhotoWhosePositionIsUsedAndWhoseExifIsRemoved() throws Exception {
		RequestPostProcessor mai = SignIn.as(mvc, "0912345678");
		MvcResult result = mvc.perform(form("Rác tràn ra đường ở đầu ngõ 5, bốc mùi", null, null,
				new MockMultipartFile("photos", "rac.jpg", "image/jpeg", TestPhotos.jpegWithGps(19.8012, 105.7821)))
			.with(mai)).andReturn();
		long id = createdId(result);
		ReportView report = reports.publicReport(binhHoa(), id);
		assertThat(report.latitude()).isEqualTo(19.8012);
		assertThat(report.longitude()).isEqualTo(105.7821);
		assertThat(report.publicName()).isNull();

		List<Long> photoIds = reports.photoIds(binhHoa(), id, true);
		assertThat(photoIds).hasSize(1);
		String photoUrl = "/xa/binh-hoa/phan-anh/anh/" + photoIds.getFirst();
		assertThat(mvc.perform(get(photoUrl)).andReturn().getResponse().getStatus())
			.as("photos stay hidden until an official checked them").isEqualTo(404);
		RequestPostProcessor motcua = SignIn.as(mvc, "motcua");
		byte[] stored = mvc.perform(get(photoUrl).with(motcua)).andReturn().getResponse().getContentAsByteArray();
		assertThat(Photos.isJpeg(stored)).isTrue();
		assertThat(ImageMetadataReader.readMetadata(new ByteArrayInputStream(stored)).getFirstDirectoryOfType(GpsDirectory.class)).isNull();
		assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("Exif").doesNotContain("LangSoCam");

		mvc.perform(post("/staff/phan-anh/" + id + "/anh").param("visible", "true").with(motcua).with(csrf()));
		assertThat(mvc.perform(get(photoUrl)).andReturn().getResponse().getStatus()).isEqualTo(200);
		String page = mvc.perform(get("/xa/binh-hoa/phan-anh/" + id)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains(photoUrl).doesNotContain("0912345678").doesNotContain("Trần Thị Mai");
	}

	@Test
	void openReportsOfTheSameCategoryWithin50MetresAreOfferedAsDuplicates() throws Exception {
		RequestPostProcessor mai = SignIn.as(mvc, "0912345678");
		long id = createdId(mvc.perform(form("Điểm tập kết rác tràn cạnh cầu Đá", "19.820000", "105.800000").with(mai)).andReturn());
		String near = nearby(category("moi-truong-rac-thai"), 19.82027, 105.80);
		assertThat(near).contains("\"id\":" + id);
		assertThat(nearby(category("moi-truong-rac-thai"), 19.8208, 105.80)).doesNotContain("\"id\":" + id);
		assertThat(nearby(category("chieu-sang"), 19.82, 105.80)).doesNotContain("\"id\":" + id);
	}

	private String nearby(long categoryId, double lat, double lon) throws Exception {
		return mvc.perform(get("/xa/binh-hoa/phan-anh/gan-day").param("categoryId", String.valueOf(categoryId))
			.param("lat", String.valueOf(lat)).param("lon", String.valueOf(lon))).andReturn().getResponse().getContentAsString();
	}

	@Test
	@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
	void anonymousResidentConfirmsTheirPhoneByCodeAndReports(org.springframework.boot.test.system.CapturedOutput output)
			throws Exception {
		// Sessions live in Spring Session (JDBC): the SESSION cookie, not a MockHttpSession, carries them
		MvcResult first = mvc.perform(get("/xa/binh-hoa/phan-anh/moi")).andReturn();
		jakarta.servlet.http.Cookie cookie = first.getResponse().getCookie("SESSION");
		assertThat(cookie).isNotNull();
		RequestPostProcessor session = request -> {
			request.setCookies(cookie);
			return request;
		};
		String form = first.getResponse().getContentAsString();
		assertThat(form).contains("data-test=\"phone-step\"").doesNotContain("data-test=\"report-form\"");
		long before = reportCount();
		mvc.perform(form("Không có mã thì không được gửi", "19.8", "105.8").with(session));
		assertThat(reportCount()).isEqualTo(before);

		mvc.perform(post("/xa/binh-hoa/phan-anh/xac-nhan").with(session).with(csrf()).param("phone", "0901 234 567").param("step", "send"));
		String text = ((LoggingSmsGateway) sms).lastTo("0901234567").orElseThrow().text();
		String code = text.replaceAll(".*\\b(\\d{6})\\b.*", "$1");
		// the one-time code never reaches the log (the logging adapter says "not sent" and the length)
		assertThat(output.getAll()).contains("SMS NOT SENT").doesNotContain(code);
		String wrong = code.equals("000000") ? "111111" : "000000";
		String refused = mvc.perform(post("/xa/binh-hoa/phan-anh/xac-nhan").with(session).with(csrf())
			.param("phone", "0901234567").param("code", wrong).param("step", "confirm")).andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("Mã xác nhận không đúng.");
		mvc.perform(post("/xa/binh-hoa/phan-anh/xac-nhan").with(session).with(csrf())
			.param("phone", "0901234567").param("code", code).param("step", "confirm"));
		long id = createdId(mvc.perform(form("Đèn đường cạnh trạm y tế tắt cả tuần", "19.805", "105.785").with(session)).andReturn());

		String publicPage = mvc.perform(get("/xa/binh-hoa/phan-anh/" + id)).andReturn().getResponse().getContentAsString();
		assertThat(publicPage).doesNotContain("0901234567").contains("Người dân (ẩn danh)");
		String staffPage = mvc.perform(get("/staff/phan-anh/" + id + "/nguoi-phan-anh").with(SignIn.as(mvc, "motcua")))
			.andReturn().getResponse().getContentAsString();
		assertThat(staffPage).contains("0901234567");
		assertThat(jdbc.queryForObject("select count(*) from identity_audit_entry where subject_type = 'feedback-reporter' and subject_id = ?",
				Long.class, String.valueOf(id))).isEqualTo(1);
	}

	@Test
	void badInputIsRefusedWithAClearMessageAndNothingIsStored() throws Exception {
		RequestPostProcessor mai = SignIn.as(mvc, "0912345678");
		long before = reportCount();
		long photosBefore = jdbc.queryForObject("select count(*) from feedback_photo", Long.class);
		byte[] twentyMegabytes = new byte[20 * 1024 * 1024];
		System.arraycopy(TestPhotos.jpeg(50, 50), 0, twentyMegabytes, 0, 200);
		String page = mvc.perform(form("Ảnh quá lớn phải bị từ chối", "19.8", "105.8",
				new MockMultipartFile("photos", "to.jpg", "image/jpeg", TestPhotos.jpeg(40, 40)),
				new MockMultipartFile("photos", "lon.jpg", "image/jpeg", twentyMegabytes)).with(mai))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Ảnh quá lớn: mỗi ảnh tối đa 8 MB.");
		page = mvc.perform(form("Tệp không phải ảnh", "19.8", "105.8",
				new MockMultipartFile("photos", "anh.jpg", "image/jpeg", "<?php echo 1; ?>".getBytes(StandardCharsets.UTF_8))).with(mai))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Tệp không phải ảnh JPEG hoặc PNG hợp lệ.");
		page = mvc.perform(form("Vĩ độ ngoài phạm vi", "95", "105.8").with(mai)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Vĩ độ phải nằm trong khoảng -90 đến 90.");
		page = mvc.perform(form("Kinh độ ngoài phạm vi", "19", "181").with(mai)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Kinh độ phải nằm trong khoảng -180 đến 180.");
		page = mvc.perform(form("Thiếu vị trí và địa chỉ", null, null).with(mai)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Vui lòng chọn vị trí trên bản đồ hoặc nhập địa chỉ.");
		MockMultipartFile[] six = new MockMultipartFile[6];
		for (int i = 0; i < 6; i++) {
			six[i] = new MockMultipartFile("photos", i + ".jpg", "image/jpeg", TestPhotos.jpeg(30, 30));
		}
		page = mvc.perform(form("Quá năm ảnh thì từ chối", "19.8", "105.8", six).with(mai)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Chỉ được gửi tối đa 5 ảnh.");
		assertThat(reportCount()).isEqualTo(before);
		assertThat(jdbc.queryForObject("select count(*) from feedback_photo", Long.class)).isEqualTo(photosBefore);

		long id = createdId(mvc.perform(form("<script>alert('x')</script><b>rác</b> cạnh chợ", "19.8", "105.8").with(mai)).andReturn());
		page = mvc.perform(get("/xa/binh-hoa/phan-anh/" + id)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;b&gt;rác&lt;/b&gt;").doesNotContain("<script>alert");
	}

	@Test
	void fiveFortyMegapixelPhotosAreRefusedFromTheirHeadersAndOneIsScaledDown() throws Exception {
		RequestPostProcessor mai = SignIn.as(mvc, "0912345678");
		byte[] fortyMegapixels = vn.langso.shared.SolidPng.of(8000, 5000, 200, 40, 40);
		long before = reportCount();
		MockMultipartFile[] five = new MockMultipartFile[5];
		for (int i = 0; i < 5; i++) {
			five[i] = new MockMultipartFile("photos", i + ".png", "image/png", fortyMegapixels);
		}

		String page = mvc.perform(form("Năm ảnh 40 megapixel một lúc", "19.8", "105.8", five).with(mai))
			.andReturn().getResponse().getContentAsString();

		assertThat(page).contains("tổng độ phân giải quá lớn (tối đa 120 megapixel cho một phản ánh)");
		assertThat(reportCount()).isEqualTo(before);

		long id = createdId(mvc.perform(form("Một ảnh 40 megapixel vẫn được nhận", "19.8", "105.8", five[0]).with(mai))
			.andReturn());
		assertThat(jdbc.queryForList("select width from feedback_photo where report_id = ?", Integer.class, id))
			.containsExactly(1600);
	}

	@Test
	void officerAssignsVillageHeadAnswersCitizenIsNotifiedRatesAndMayReopenWithinTenDays() throws Exception {
		RequestPostProcessor mai = SignIn.as(mvc, "0912345678");
		RequestPostProcessor motcua = SignIn.as(mvc, "motcua");
		RequestPostProcessor truongxom = SignIn.as(mvc, "truongxom");
		long id = createdId(mvc.perform(form("Thùng rác công cộng ở ngã ba xóm 3 tràn", "19.7", "105.7").with(mai)).andReturn());
		String inbox = mvc.perform(get("/staff/phan-anh").param("filter", "new").with(motcua)).andReturn().getResponse().getContentAsString();
		assertThat(inbox).contains("/staff/phan-anh/" + id);
		long headId = jdbc.queryForObject("select id from identity_account where username = 'truongxom'", Long.class);
		mvc.perform(post("/staff/phan-anh/" + id + "/giao").with(motcua).with(csrf()).param("assigneeId", String.valueOf(headId))
			.param("workingDays", "2").param("note", "Xóm trưởng kiểm tra"));
		ReportView assigned = reports.publicReport(binhHoa(), id);
		assertThat(assigned.status()).isEqualTo(ReportStatus.ASSIGNED);
		assertThat(assigned.deadline()).isEqualTo(calendar.dueDate(java.time.ZonedDateTime.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")), 2));

		assertThat(mvc.perform(get("/staff/phan-anh").param("filter", "mine").with(truongxom)).andReturn().getResponse()
			.getContentAsString()).contains("/staff/phan-anh/" + id);
		String refusedRate = mvc.perform(post("/xa/binh-hoa/phan-anh/" + id + "/danh-gia").with(mai).with(csrf()).param("stars", "5"))
			.andReturn().getFlashMap().get("actionError").toString();
		assertThat(refusedRate).isEqualTo("feedback.validation.notAnswered");
		mvc.perform(post("/staff/phan-anh/" + id + "/tra-loi").with(truongxom).with(csrf())
			.param("answer", "Tổ vệ sinh môi trường đã thu gom, bổ sung thêm một thùng rác."));
		assertThat(reports.publicReport(binhHoa(), id).status()).isEqualTo(ReportStatus.ANSWERED);

		String mine = mvc.perform(get("/tai-khoan/phan-anh").with(mai)).andReturn().getResponse().getContentAsString();
		assertThat(mine).contains("đã được trả lời");
		String publicPage = mvc.perform(get("/xa/binh-hoa/phan-anh/" + id)).andReturn().getResponse().getContentAsString();
		assertThat(publicPage).contains("Tổ vệ sinh môi trường đã thu gom").doesNotContain("0912345678").doesNotContain("Trần Thị Mai");
		assertThat(mvc.perform(get("/api/v1/communes/binh-hoa/feedback/" + id)).andReturn().getResponse().getContentAsString())
			.contains("\"status\":\"ANSWERED\"").doesNotContain("0912345678");

		assertThat(mvc.perform(post("/xa/binh-hoa/phan-anh/" + id + "/danh-gia").with(motcua).with(csrf()).param("stars", "1"))
			.andReturn().getResponse().getStatus()).as("only the reporter rates").isEqualTo(403);
		mvc.perform(post("/xa/binh-hoa/phan-anh/" + id + "/danh-gia").with(mai).with(csrf()).param("stars", "4").param("comment", "Nhanh"));
		assertThat(reports.publicReport(binhHoa(), id).rating()).isEqualTo(4);

		String stats = mvc.perform(get("/staff/phan-anh/thong-ke").with(motcua)).andReturn().getResponse().getContentAsString();
		assertThat(stats).contains("Môi trường, rác thải").contains("Xóm 3");

		mvc.perform(post("/staff/phan-anh/" + id + "/dong").with(motcua).with(csrf()));
		assertThat(reports.publicReport(binhHoa(), id).status()).isEqualTo(ReportStatus.CLOSED);
		mvc.perform(post("/xa/binh-hoa/phan-anh/" + id + "/mo-lai").with(mai).with(csrf()).param("reason", "Thùng rác lại tràn"));
		assertThat(reports.publicReport(binhHoa(), id).status()).isEqualTo(ReportStatus.ASSIGNED);
		mvc.perform(post("/staff/phan-anh/" + id + "/dong").with(motcua).with(csrf()));
		jdbc.update("update feedback_report set closed_at = ? where id = ?",
				java.sql.Timestamp.from(Instant.now().minus(11, ChronoUnit.DAYS)), id);
		Map<String, ?> flash = mvc.perform(post("/xa/binh-hoa/phan-anh/" + id + "/mo-lai").with(mai).with(csrf())
			.param("reason", "Vẫn chưa xong")).andReturn().getFlashMap();
		assertThat(flash.get("actionError")).isEqualTo("feedback.validation.reopenWindow");
		assertThat(reports.publicReport(binhHoa(), id).status()).isEqualTo(ReportStatus.CLOSED);
	}

	@Test
	void assigneeForwardsAndOverdueReportsAreHighlightedAndEscalatedToTheCommuneLeaderOnce() throws Exception {
		RequestPostProcessor mai = SignIn.as(mvc, "0912345678");
		RequestPostProcessor motcua = SignIn.as(mvc, "motcua");
		long id = createdId(mvc.perform(form("Cống thoát nước tắc gây ngập đường", "19.71", "105.71").with(mai)).andReturn());
		long officer = jdbc.queryForObject("select id from identity_account where username = 'hotich'", Long.class);
		mvc.perform(post("/staff/phan-anh/" + id + "/giao").with(motcua).with(csrf()).param("assigneeId", String.valueOf(officer))
			.param("workingDays", "1"));
		long head = jdbc.queryForObject("select id from identity_account where username = 'truongxom'", Long.class);
		mvc.perform(post("/staff/phan-anh/" + id + "/giao").with(SignIn.as(mvc, "hotich")).with(csrf())
			.param("assigneeId", String.valueOf(head)).param("workingDays", "1").param("note", "Thuộc địa bàn xóm 3"));
		assertThat(reports.publicReport(binhHoa(), id).assigneeName()).isEqualTo("Đặng Văn Hải");
		assertThat(reports.history(binhHoa(), id)).extracting(EventView::kind).containsSubsequence("ASSIGNED", "FORWARDED");
		jdbc.update("update feedback_report set deadline = ? where id = ?", java.sql.Date.valueOf(LocalDate.now().minusDays(3)), id);

		String overdue = mvc.perform(get("/staff/phan-anh").param("filter", "overdue").with(motcua)).andReturn().getResponse().getContentAsString();
		assertThat(overdue).contains("/staff/phan-anh/" + id).contains("class=\"overdue\"").contains("Quá hạn");
		assertThat(deadlines.escalateOverdue()).isGreaterThanOrEqualTo(1);
		assertThat(deadlines.escalateOverdue()).isZero();
		String leaderPage = mvc.perform(get("/tai-khoan/phan-anh").with(SignIn.as(mvc, "lanhdao"))).andReturn().getResponse().getContentAsString();
		assertThat(leaderPage).contains("quá hạn xử lý, chuyển lãnh đạo xã đôn đốc");
		assertThat(reports.history(binhHoa(), id)).extracting(EventView::kind).contains("ESCALATED");
	}

	@Test
	void villageHeadSeesOnlyTheirVillageOrWhatIsAssignedToThem() throws Exception {
		RequestPostProcessor mai = SignIn.as(mvc, "0912345678");
		MockMultipartHttpServletRequestBuilder elsewhere = multipart("/xa/binh-hoa/phan-anh/moi");
		long xom1 = areas.byCode(DemoAreaCodes.BINH_HOA + "-01").orElseThrow().id();
		elsewhere.param("categoryId", String.valueOf(category("duong-giao-thong"))).param("description", "Ổ gà ở xóm 1 trước cổng trường")
			.param("address", "Cổng trường tiểu học").param("villageId", String.valueOf(xom1)).with(csrf()).with(mai);
		long id = createdId(mvc.perform(elsewhere).andReturn());
		assertThat(mvc.perform(get("/staff/phan-anh/" + id).with(SignIn.as(mvc, "truongxom"))).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		assertThat(mvc.perform(get("/staff/phan-anh/" + id).with(SignIn.as(mvc, "motcua.hoangdong"))).andReturn().getResponse().getStatus())
			.isEqualTo(404);
	}

	@Test
	void csrfStaysOnForPagesWhileOpen311HasItsOwnChain() throws Exception {
		MvcResult result = mvc.perform(multipart("/xa/binh-hoa/phan-anh/moi").param("description", "không có CSRF")
			.with(SignIn.as(mvc, "0912345678"))).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(403);
	}

	@Test
	void categoriesAreConfigurablePerCommune() throws Exception {
		RequestPostProcessor quantri = SignIn.as(mvc, "quantri");
		mvc.perform(post("/staff/phan-anh/danh-muc").with(quantri).with(csrf()).param("code", "cay-xanh")
			.param("name", "Cây xanh").param("answerDays", "4").param("active", "true").param("sortOrder", "70"));
		assertThat(categories.categoryByCode(binhHoa(), "cay-xanh")).isPresent();
		long hoangDong = areas.byCode(DemoAreaCodes.HOANG_DONG).orElseThrow().id();
		assertThat(categories.categoryByCode(hoangDong, "cay-xanh")).isEmpty();
		String page = mvc.perform(post("/staff/phan-anh/danh-muc").with(quantri).with(csrf()).param("code", "cay-xanh")
			.param("name", "Trùng").param("answerDays", "4").param("sortOrder", "1")).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Mã này đã dùng cho lĩnh vực khác.");
		assertThat(mvc.perform(get("/staff/phan-anh/danh-muc").with(SignIn.as(mvc, "motcua"))).andReturn().getResponse().getStatus())
			.isEqualTo(403);
	}

}
