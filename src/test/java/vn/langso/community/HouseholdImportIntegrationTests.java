package vn.langso.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.langso.IntegrationTest;
import vn.langso.SignIn;
import vn.langso.identity.Accounts;
import vn.langso.identity.Areas;
import vn.langso.identity.CurrentUser;
import vn.langso.identity.DemoAreaCodes;

/**
 * A 10,000-row sheet with 37 broken rows, uploaded through the page as an official would: the
 * progress fragment is polled, the report names exactly the 37 rows, confirming imports the rest
 * once, and the same file again adds nobody.
 */
@IntegrationTest
class HouseholdImportIntegrationTests {

	private static final int ROWS = 10_000;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Areas areas;

	@Autowired
	Accounts accounts;

	@Autowired
	HouseholdImports imports;

	@Test
	void importsTenThousandRowsReportsExactlyTheBrokenOnesAndNeverDuplicates() throws Exception {
		long thienLoc = areas.byCode(DemoAreaCodes.THIEN_LOC).orElseThrow().id();
		TreeSet<Integer> broken = new TreeSet<>();
		byte[] sheet = sheet(broken);
		assertThat(broken).hasSize(37);
		long before = residentsOf(thienLoc);
		RequestPostProcessor admin = SignIn.as(mvc, "quantri.tinh");

		ImportJobView first = upload(admin, thienLoc, sheet);
		assertThat(first.status()).isEqualTo(ImportJobView.Status.READY);
		assertThat(first.totalRows()).isEqualTo(ROWS);
		assertThat(first.problems()).hasSize(37);
		assertThat(first.problems().stream().map(ImportProblem::row).toList()).containsExactlyElementsOf(broken);
		assertThat(first.validRows()).isEqualTo(ROWS - 37);
		assertThat(first.alreadyPresent()).isZero();
		assertThat(residentsOf(thienLoc)).as("nothing written before confirming").isEqualTo(before);

		mvc.perform(post("/staff/cong-dong/nhap/" + first.id() + "/xac-nhan").with(admin).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(imports.status(user("quantri.tinh"), first.id()).added()).isEqualTo(ROWS - 37);
		assertThat(residentsOf(thienLoc)).isEqualTo(before + ROWS - 37);

		ImportJobView again = upload(admin, thienLoc, sheet);
		assertThat(again.problems()).hasSize(37);
		assertThat(again.alreadyPresent()).isEqualTo(ROWS - 37);
		assertThat(again.newRows()).isZero();
		mvc.perform(post("/staff/cong-dong/nhap/" + again.id() + "/xac-nhan").with(admin).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(imports.status(user("quantri.tinh"), again.id()).added()).isZero();
		assertThat(residentsOf(thienLoc)).isEqualTo(before + ROWS - 37);
	}

	private ImportJobView upload(RequestPostProcessor admin, long communeId, byte[] sheet) throws Exception {
		String location = mvc.perform(multipart("/staff/cong-dong/nhap").file(new MockMultipartFile("file", "nhan-khau.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", sheet))
			.param("commune", String.valueOf(communeId))
			.with(admin)
			.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String jobId = location.substring(location.lastIndexOf('/') + 1);
		boolean sawProgress = false;
		for (int i = 0; i < 600; i++) {
			String fragment = mvc.perform(get("/staff/cong-dong/nhap/" + jobId + "/tien-do").with(admin))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
			sawProgress |= fragment.contains("<progress");
			if (!fragment.contains("hx-get")) {
				break;
			}
			Thread.sleep(100);
		}
		assertThat(sawProgress).isTrue();
		return imports.status(user("quantri.tinh"), jobId);
	}

	/** Headers as communes type them (without diacritics, abbreviated); 37 rows broken in six ways. */
	private static byte[] sheet(TreeSet<Integer> broken) throws Exception {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet("DS");
			String[] headers = { "STT", "Thon/Xom", "Ngo", "So nha", "Ho va ten", "Quan he voi chu ho", "Ngay sinh",
					"Gioi tinh", "So CCCD", "SĐT", "Dien thoai thong minh", "Tai khoan thanh toan", "VNeID muc 2" };
			Row header = sheet.createRow(0);
			for (int c = 0; c < headers.length; c++) {
				header.createCell(c).setCellValue(headers[c]);
			}
			Random random = new Random(42);
			List<String[]> rows = new ArrayList<>();
			for (int i = 0; i < ROWS; i++) {
				int household = i / 4;
				boolean male = i % 2 == 0;
				int year = 1940 + random.nextInt(60);
				LocalDate birth = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
				String cccd = String.format("095%d%02d%06d", male ? 0 : 1, year % 100, i);
				rows.add(new String[] { String.valueOf(i + 1), household % 2 == 0 ? "Thôn Thiên Thai" : "thon vinh loc",
						"Ngõ " + (household / 40 + 1), String.valueOf(household % 40 + 1),
						(male ? "Nguyễn Văn " : "Lê Thị ") + "Nhập " + i, i % 4 == 0 ? "Chủ hộ" : "Con",
						String.format("%02d/%02d/%d", birth.getDayOfMonth(), birth.getMonthValue(), year), male ? "Nam" : "Nữ",
						cccd, i % 3 == 0 ? "09" + String.format("%08d", i) : "", "x", i % 2 == 0 ? "x" : "", "" });
			}
			// 37 broken rows, at spread-out positions (sheet row = index + 2)
			int[] badCccd = { 11, 503, 1207, 2222, 3001, 4100, 5005, 6006, 7007, 9999 };
			for (int k = 0; k < badCccd.length; k++) {
				rows.get(badCccd[k])[8] = k % 2 == 0 ? "12345678901" : "095" + "0" + "00" + "999999";
				broken.add(badCccd[k] + 2);
			}
			for (int i : new int[] { 20, 777, 1500, 2600, 3700, 4800, 5900, 8800 }) {
				rows.get(i)[1] = "Thôn Không Có";
				broken.add(i + 2);
			}
			for (int i : new int[] { 101, 1301, 2401, 3501, 4601, 6701, 8901 }) {
				rows.set(i, rows.get(i - 1).clone());
				broken.add(i + 2);
			}
			for (int i : new int[] { 55, 1555, 3555, 5555, 7555 }) {
				rows.get(i)[6] = "31/02/1980";
				broken.add(i + 2);
			}
			for (int i : new int[] { 66, 2666, 4666, 8666 }) {
				rows.get(i)[4] = "";
				broken.add(i + 2);
			}
			for (int i : new int[] { 99, 5099, 9099 }) {
				rows.get(i)[9] = "12345";
				broken.add(i + 2);
			}
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r + 1);
				for (int c = 0; c < rows.get(r).length; c++) {
					row.createCell(c).setCellValue(rows.get(r)[c]);
				}
			}
			book.write(out);
			return out.toByteArray();
		}
	}

	private CurrentUser user(String username) {
		var a = accounts.byUsername(username).orElseThrow();
		long province = areas.byCode(DemoAreaCodes.PROVINCE).orElseThrow().id();
		return new CurrentUser(a.id(), a.username(), a.fullName(), a.roles(), province, a.communeId(), a.villageId());
	}

	private long residentsOf(long communeId) {
		return jdbc.sql("select count(*) from community_resident where commune_id = ?").param(communeId).query(Long.class).single();
	}

}
