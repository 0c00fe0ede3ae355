package vn.langso.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.langso.IntegrationTest;
import vn.langso.SignIn;

@IntegrationTest
class ProcedureImportIntegrationTests {

	static final String HEADER = "STT,Mã thủ tục,Tên thủ tục,Lĩnh vực,Cấp thực hiện,Thời hạn giải quyết,\"Phí, lệ phí\","
			+ "Thành phần hồ sơ,Căn cứ pháp lý\n";

	@Autowired
	MockMvc mvc;

	@Autowired
	Catalog catalog;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Autowired
	ProvinceFees fees;

	@Autowired
	vn.langso.identity.Areas areas;

	@Test
	void theBundledCommuneListCoversTheCommonDomainsEachWithItsSource() {
		List<ProcedureView> all = catalog.search(null);
		assertThat(all).hasSizeGreaterThanOrEqualTo(40);
		assertThat(all).extracting(ProcedureView::field)
			.contains("Hộ tịch", "Chứng thực", "Cư trú", "Bảo trợ xã hội");
		assertThat(all).allSatisfy(p -> {
			assertThat(p.sourceNote()).isNotBlank();
			assertThat(p.legalBasis()).isNotBlank();
			assertThat(p.documents()).isNotEmpty();
		});
		ProcedureView signature = catalog.current("2.000884");
		assertThat(signature.feeFor(java.util.Map.of())).isEqualTo(10_000);
		assertThat(catalog.current("2.000942").feeRule()).isEqualTo(FeeRule.CERTIFIED_COPY_PAGES);
		assertThat(catalog.current("1.004837").processingDays()).isEqualTo(3);
		assertThat(catalog.search("tam tru")).extracting(ProcedureView::code).contains("1.004194", "1.002755");
	}

	@Test
	void aGoodCsvIsPreviewedThenPublishedWhole() throws Exception {
		RequestPostProcessor admin = SignIn.as(mvc, "quantri.tinh");
		String csv = "QUYẾT ĐỊNH CÔNG BỐ — PHỤ LỤC\n" + HEADER
				+ "1,1.900001,Thủ tục thử nghiệm nhập khẩu,Thử nghiệm,Cấp xã,05 ngày làm việc,15.000 đồng,"
				+ "\"Đơn đề nghị\nGiấy tờ khác (nếu có)\",Quyết định 1/2026/QĐ-UBND\n";
		String job = start(admin, "danh-muc.csv", csv.getBytes(StandardCharsets.UTF_8));
		String page = readPage(admin, job);
		assertThat(page).contains("1 thủ tục mới", "0 dòng lỗi", "data-test=\"import-publish\"");
		assertThat(catalog.find("1.900001")).isEmpty();
		mvc.perform(post("/staff/thu-tuc/nhap/" + job + "/xac-nhan").with(csrf()).with(admin)).andExpect(status().isOk());
		ProcedureView imported = catalog.current("1.900001");
		assertThat(imported.processingDays()).isEqualTo(5);
		assertThat(imported.feeFor(java.util.Map.of())).isEqualTo(15_000);
		assertThat(imported.documents()).extracting(ProcedureDocument::name, ProcedureDocument::required)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Đơn đề nghị", true),
					org.assertj.core.groups.Tuple.tuple("Giấy tờ khác", false));
		assertThat(imported.sourceNote()).contains("danh-muc.csv", "dòng 3");
		assertThat(imported.form().fields()).extracting(FormField::name).contains("applicantName", "request");

		// the same file again changes nothing and cannot be published
		String again = start(admin, "danh-muc.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(readPage(admin, again)).contains("1 thủ tục không đổi").doesNotContain("data-test=\"import-publish\"");
	}

	@Test
	void anExcelAnnexUpdatesAnExistingProcedureWithANewVersion() throws Exception {
		RequestPostProcessor admin = SignIn.as(mvc, "quantri.tinh");
		int before = catalog.current("1.004845").version();
		byte[] xlsx = workbook(List.of(List.of("STT", "Mã thủ tục", "Tên thủ tục", "Lĩnh vực", "Cấp thực hiện",
				"Thời hạn giải quyết", "Phí, lệ phí", "Thành phần hồ sơ", "Căn cứ pháp lý", "Nguồn"),
				List.of("1", "1.004845", "Đăng ký chấm dứt giám hộ", "Hộ tịch", "Cấp xã", "Trong ngày", "Miễn lệ phí",
						"Tờ khai đăng ký chấm dứt giám hộ\nGiấy tờ làm căn cứ chấm dứt việc giám hộ",
						"Luật Hộ tịch số 60/2014/QH13", "Quyết định thử nghiệm số 9/QĐ-UBND")));
		String job = start(admin, "phu-luc.xlsx", xlsx);
		assertThat(readPage(admin, job)).contains("1 thủ tục thay đổi");
		mvc.perform(post("/staff/thu-tuc/nhap/" + job + "/xac-nhan").with(csrf()).with(admin)).andExpect(status().isOk());
		ProcedureView updated = catalog.current("1.004845");
		assertThat(updated.version()).isEqualTo(before + 1);
		assertThat(updated.processingDays()).isZero();
		assertThat(updated.sourceNote()).isEqualTo("Quyết định thử nghiệm số 9/QĐ-UBND");
		assertThat(catalog.history("1.004845")).hasSize(before + 1);
	}

	@Test
	void badLinesAreExplainedInVietnameseAndNothingIsSaved() throws Exception {
		RequestPostProcessor admin = SignIn.as(mvc, "quantri.tinh");
		String csv = HEADER
				+ "1,1.900002,Thủ tục tốt,Thử nghiệm,Cấp xã,Trong ngày,Miễn phí,Đơn đề nghị,Luật A\n"
				+ "2,1-000,Mã sai,Thử nghiệm,Cấp xã,Trong ngày,Miễn phí,Đơn,Luật A\n"
				+ "3,1.900003,Cấp tỉnh,Thử nghiệm,Cấp tỉnh,Trong ngày,Miễn phí,Đơn,Luật A\n"
				+ "4,1.900004,Thời hạn lạ,Thử nghiệm,Cấp xã,sớm nhất có thể,Miễn phí,Đơn,Luật A\n"
				+ "5,1.900002,Trùng mã,Thử nghiệm,Cấp xã,Trong ngày,Miễn phí,Đơn,\n";
		String job = start(admin, "loi.csv", csv.getBytes(StandardCharsets.UTF_8));
		String page = readPage(admin, job);
		assertThat(page).contains("4 dòng lỗi", "Mã thủ tục &quot;1-000&quot; không đúng dạng",
				"Cấp thực hiện &quot;Cấp tỉnh&quot; không phải cấp xã",
				"Không hiểu thời hạn giải quyết &quot;sớm nhất có thể&quot;", "Mã 1.900002 đã có ở dòng 2",
				"Chưa lưu gì").doesNotContain("data-test=\"import-publish\"");
		assertThat(mvc.perform(post("/staff/thu-tuc/nhap/" + job + "/xac-nhan").with(csrf()).with(admin))
			.andReturn().getResponse().getContentAsString()).contains("Chưa công bố được");
		assertThat(catalog.find("1.900002")).isEmpty();

		String noColumns = start(admin, "sai-mau.csv", "Tên,Ghi chú\nA,B\n".getBytes(StandardCharsets.UTF_8));
		assertThat(readPage(admin, noColumns)).contains("Không nhập được");
	}

	@Test
	void onlyTheProvinceAdministratorImports() throws Exception {
		mvc.perform(multipart("/staff/thu-tuc/nhap").file(new MockMultipartFile("file", "a.csv", "text/csv", HEADER.getBytes()))
			.with(csrf()).with(SignIn.as(mvc, "quantri"))).andExpect(status().isForbidden());
		mvc.perform(get("/staff/thu-tuc/nhap").with(SignIn.as(mvc, "motcua"))).andExpect(status().isForbidden());
	}

	@Test
	void aProvinceSetsItsOwnFeeWhichItsCommunesCharge() throws Exception {
		RequestPostProcessor admin = SignIn.as(mvc, "quantri.tinh");
		mvc.perform(post("/staff/thu-tuc/1.004873/phi-tinh").param("feeVnd", "0").param("unitFeeVnd", "-5")
			.param("feeNote", "x").param("sourceNote", "y").with(csrf()).with(admin))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("Số tiền phải từ 0 đến")));
		try {
			mvc.perform(post("/staff/thu-tuc/1.004873/phi-tinh").param("feeVnd", "0").param("unitFeeVnd", "5000")
				.param("feeNote", "5.000 đồng/bản sao Giấy xác nhận").param("sourceNote", "Nghị quyết 12/2026/NQ-HĐND")
				.with(csrf()).with(admin)).andExpect(status().is3xxRedirection());
			mvc.perform(post("/staff/thu-tuc/1.004873/phi-tinh").param("feeVnd", "0").param("unitFeeVnd", "1")
				.param("feeNote", "x").param("sourceNote", "y").with(csrf()).with(SignIn.as(mvc, "quantri")))
				.andExpect(status().isForbidden());
			String page = mvc.perform(get("/xa/binh-hoa/thu-tuc/1.004873")).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
			assertThat(page).contains("5.000 đồng/bản sao Giấy xác nhận", "Nghị quyết 12/2026/NQ-HĐND");
			String key = java.util.UUID.randomUUID().toString();
			String location = mvc.perform(multipart("/xa/binh-hoa/thu-tuc/1.004873/nop").param("submissionKey", key)
				.param("f_applicantName", "Trần Thị Mai").param("f_applicantId", "036190012345")
				.param("f_applicantPhone", "0912345678").param("f_applicantResidence", "Xóm 3, xã Bình Hòa")
				.param("f_maritalStatus", "Chưa đăng ký kết hôn với ai").param("f_purpose", "Thử mức phí của tỉnh")
				.param("f_copies", "2").with(csrf()).with(SignIn.as(mvc, "0912345678")))
				.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
			assertThat(location).contains("/tai-khoan/ho-so/");
			long id = Long.parseLong(location.replaceAll(".*/ho-so/(\\d+).*", "$1"));
			assertThat(jdbc.sql("select fee_vnd from dossier_dossier where id = ?").param(id).query(Long.class).single())
				.isEqualTo(10_000L);
		}
		finally {
			mvc.perform(post("/staff/thu-tuc/1.004873/phi-tinh/xoa").with(csrf()).with(admin));
		}
		assertThat(mvc.perform(get("/xa/binh-hoa/thu-tuc/1.004873")).andReturn().getResponse().getContentAsString())
			.doesNotContain("Nghị quyết 12/2026/NQ-HĐND");
	}

	@Test
	void aProvinceAnnexSetsTheProvincesFeesAndLeavesTheGeneralOnes() throws Exception {
		RequestPostProcessor admin = SignIn.as(mvc, "quantri.tinh");
		ProcedureView before = catalog.current("1.004873");
		String csv = HEADER + "1,1.004873,Cấp Giấy xác nhận tình trạng hôn nhân,Hộ tịch,Cấp xã,03 ngày làm việc,"
				+ "6.000 đồng/bản,\"Tờ khai cấp Giấy xác nhận tình trạng hôn nhân\",Luật Hộ tịch số 60/2014/QH13,"
				+ "\n2,2.000884,\"Chứng thực chữ ký trong các giấy tờ, văn bản\",Chứng thực,Cấp xã,Trong ngày,6.000 đồng/trang,Giấy tờ,Luật A\n";
		String refused = start(admin, "phu-luc-tinh.csv", csv.getBytes(StandardCharsets.UTF_8), true);
		assertThat(readPage(admin, refused)).contains("Cách tính phí &quot;6.000 đồng/trang&quot; khác với cách tính");

		String good = HEADER + "1,1.004873,Cấp Giấy xác nhận tình trạng hôn nhân,Hộ tịch,Cấp xã,03 ngày làm việc,"
				+ "6.000 đồng/bản,Tờ khai cấp Giấy xác nhận tình trạng hôn nhân,Luật Hộ tịch số 60/2014/QH13\n";
		String job = start(admin, "phu-luc-tinh.csv", good.getBytes(StandardCharsets.UTF_8), true);
		assertThat(readPage(admin, job)).contains("data-test=\"import-province-fees\"", "data-test=\"import-publish\"",
				"1 thủ tục không đổi");
		try {
			mvc.perform(post("/staff/thu-tuc/nhap/" + job + "/xac-nhan").with(csrf()).with(admin)).andExpect(status().isOk());
			ProcedureView after = catalog.current("1.004873");
			assertThat(after.version()).isEqualTo(before.version());
			assertThat(after.feeVnd()).isEqualTo(before.feeVnd());
			assertThat(after.unitFeeVnd()).isEqualTo(before.unitFeeVnd());
			long province = provinceOfBinhHoa();
			assertThat(fees.of(province, "1.004873")).hasValueSatisfying(f -> {
				assertThat(f.unitFeeVnd()).isEqualTo(6_000);
				assertThat(f.sourceNote()).contains("phu-luc-tinh.csv");
			});
			assertThat(fees.feeFor(province, after, java.util.Map.of("copies", 2))).isEqualTo(12_000);
		}
		finally {
			mvc.perform(post("/staff/thu-tuc/1.004873/phi-tinh/xoa").with(csrf()).with(admin));
		}
	}

	long provinceOfBinhHoa() {
		return areas.byCode(vn.langso.identity.DemoAreaCodes.BINH_HOA).orElseThrow().parentId();
	}

	String start(RequestPostProcessor admin, String name, byte[] content) throws Exception {
		return start(admin, name, content, false);
	}

	String start(RequestPostProcessor admin, String name, byte[] content, boolean provinceFees) throws Exception {
		String location = mvc.perform(multipart("/staff/thu-tuc/nhap").file(new MockMultipartFile("file", name, "text/csv", content))
			.param("provinceFees", String.valueOf(provinceFees)).with(csrf()).with(admin)).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		return location.substring(location.lastIndexOf('/') + 1);
	}

	/** The page once reading is over (the background reader is quick; this waits for it, it does not time it). */
	String readPage(RequestPostProcessor admin, String job) throws Exception {
		for (int attempt = 0; attempt < 200; attempt++) {
			String page = mvc.perform(get("/staff/thu-tuc/nhap/" + job).with(admin)).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
			if (!page.contains("Đang đọc tệp")) {
				return page;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("import " + job + " still reading");
	}

	static byte[] workbook(List<List<String>> rows) throws Exception {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet("Phụ lục");
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows.get(r).size(); c++) {
					row.createCell(c).setCellValue(rows.get(r).get(c));
				}
			}
			book.write(out);
			return out.toByteArray();
		}
	}

}
