package vn.langso.community;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.langso.identity.AreaView;
import vn.langso.identity.Areas;
import vn.langso.identity.AuditLog;
import vn.langso.identity.CommuneAccess;
import vn.langso.identity.CurrentUser;

/** The .xlsx side: the blank template with instructions, the register export, and survey answers. */
@Service
@Transactional(readOnly = true)
public class HouseholdSheets {

	private final JdbcClient jdbc;

	private final Areas areas;

	private final CommuneAccess access;

	private final AuditLog audit;

	HouseholdSheets(JdbcClient jdbc, Areas areas, CommuneAccess access, AuditLog audit) {
		this.jdbc = jdbc;
		this.areas = areas;
		this.access = access;
		this.audit = audit;
	}

	/** The template: the header row communes fill in, two example rows, and a sheet of instructions. */
	public byte[] template() {
		try (XSSFWorkbook book = new XSSFWorkbook()) {
			Sheet sheet = book.createSheet("Nhân khẩu");
			header(sheet);
			String[][] examples = {
					{ "Xóm 3", "Ngõ 2", "15", "Nguyễn Văn An", "Chủ hộ", "12/05/1978", "Nam", "036078001234",
							"0912000111", "x", "x", "x", "", "20/03/2024", "Tổ công nghệ số xóm 3" },
					{ "Xóm 3", "Ngõ 2", "15", "Lê Thị Bình", "Vợ", "03/09/1981", "Nữ", "036181004321", "", "x", "", "x",
							"", "", "" } };
			for (int r = 0; r < examples.length; r++) {
				Row row = sheet.createRow(r + 1);
				for (int c = 0; c < examples[r].length; c++) {
					row.createCell(c).setCellValue(examples[r][c]);
				}
			}
			Sheet help = book.createSheet("Hướng dẫn");
			String[] lines = { "Mỗi dòng là một người; các thành viên cùng hộ ghi cùng Thôn/Xóm, Ngõ/Đường và Số nhà.",
					"Bắt buộc: Thôn/Xóm (đúng tên thôn, xóm của xã), Số nhà, Họ và tên.",
					"Quan hệ với chủ hộ: Chủ hộ, Vợ, Chồng, Con, Bố, Mẹ, Cháu, Anh, Chị, Em, Khác.",
					"Ngày sinh, Ngày tập huấn: dd/mm/yyyy hoặc ô kiểu ngày. Giới tính: Nam hoặc Nữ.",
					"Số CCCD: 12 chữ số, phải khớp năm sinh và giới tính. Số điện thoại: 10 số.",
					"Các cột Có/Không (điện thoại thông minh, thanh toán điện tử, VNeID mức 2, dịch vụ công trực tuyến): ghi x hoặc Có.",
					"Tiêu đề cột có thể viết có dấu hoặc không dấu (vd. \"So CCCD\", \"Ho va ten\").",
					"Nhập lại cùng một tệp không tạo người trùng: người đã có (cùng CCCD, hoặc cùng tên, ngày sinh, địa chỉ) được bỏ qua." };
			for (int i = 0; i < lines.length; i++) {
				help.createRow(i).createCell(0).setCellValue(lines[i]);
			}
			return bytes(book);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The commune's register in the template's columns (so it imports back); the export is audited. */
	@Transactional
	public byte[] export(CurrentUser user, long communeId) {
		// a village official exports their own village only
		Long villageId = access.villageFor(user, communeId, null);
		String village = villageId == null ? "" : " and r.village_id = " + villageId.longValue();
		java.util.Map<Long, String> villageNames = new java.util.HashMap<>();
		for (AreaView v : areas.childrenOf(communeId)) {
			villageNames.put(v.id(), v.name());
		}
		try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
			Sheet sheet = book.createSheet("Nhân khẩu");
			header(sheet);
			int[] next = { 1 };
			jdbc.sql("""
					select r.village_id, h.lane, h.house_number, r.full_name, r.relation, r.birth_date, r.gender,
					r.citizen_id, r.phone, r.has_smartphone, r.has_epayment, r.vneid_level2, r.uses_online_services,
					r.trained_on, r.trained_by from community_resident r join community_household h on h.id = r.household_id
					where r.commune_id = ?""" + village + " order by r.village_id, h.lane, h.house_number, r.id")
				.param(communeId)
				.query((rs, n) -> {
					Row row = sheet.createRow(next[0]++);
					String[] cells = { villageNames.get(rs.getLong(1)), rs.getString(2), rs.getString(3), rs.getString(4),
							relationName(rs.getString(5)), date(rs.getDate(6)), genderName(rs.getString(7)),
							rs.getString(8), rs.getString(9), yes(rs.getBoolean(10)), yes(rs.getBoolean(11)),
							yes(rs.getBoolean(12)), yes(rs.getBoolean(13)), date(rs.getDate(14)), rs.getString(15) };
					for (int c = 0; c < cells.length; c++) {
						row.createCell(c).setCellValue(cells[c] == null ? "" : cells[c]);
					}
					return null;
				})
				.list();
			audit.record(user, communeId, "EXPORT", "resident", "commune:" + communeId, (next[0] - 1) + " residents");
			return bytes(book);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Survey answers: one row per response, one column per question. */
	public byte[] surveyExport(SurveyView survey, List<List<String>> rows) {
		try (XSSFWorkbook book = new XSSFWorkbook()) {
			Sheet sheet = book.createSheet("Trả lời");
			Row head = sheet.createRow(0);
			head.createCell(0).setCellValue("Thời điểm");
			for (SurveyView.Question q : survey.questions()) {
				head.createCell(q.position()).setCellValue(q.position() + ". " + q.text());
			}
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r + 1);
				for (int c = 0; c < rows.get(r).size(); c++) {
					row.createCell(c).setCellValue(rows.get(r).get(c));
				}
			}
			return bytes(book);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void header(Sheet sheet) {
		Row header = sheet.createRow(0);
		SheetColumn[] columns = SheetColumn.values();
		String[] order = { "VILLAGE", "LANE", "HOUSE_NUMBER", "FULL_NAME", "RELATION", "BIRTH_DATE", "GENDER",
				"CITIZEN_ID", "PHONE", "SMARTPHONE", "EPAYMENT", "VNEID", "ONLINE_SERVICES", "TRAINED_ON", "TRAINED_BY" };
		for (int c = 0; c < order.length; c++) {
			header.createCell(c).setCellValue(SheetColumn.valueOf(order[c]).header());
		}
		assert columns.length == order.length;
	}

	static final String[] RELATION_NAMES = { "Chủ hộ", "Vợ/Chồng", "Con", "Bố/Mẹ", "Cháu", "Anh/Chị/Em", "Khác" };

	private static String relationName(String relation) {
		return RELATION_NAMES[Relation.valueOf(relation).ordinal()];
	}

	private static String genderName(String gender) {
		return gender == null ? "" : gender.equals("MALE") ? "Nam" : "Nữ";
	}

	private static String yes(boolean b) {
		return b ? "x" : "";
	}

	private static String date(Date d) {
		return d == null ? "" : d.toLocalDate().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
	}

	private static byte[] bytes(org.apache.poi.ss.usermodel.Workbook book) throws IOException {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			book.write(out);
			return out.toByteArray();
		}
	}

}
