package vn.langso.catalog;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.langso.shared.VietnameseText;

/**
 * Reads a procedure list in the layout of the annexes of the decisions that publish procedures
 * (Quyết định công bố danh mục thủ tục hành chính) as Excel (.xlsx) or CSV (UTF-8): the header row is
 * found by its titles (annexes carry title lines above it), columns in any order.
 */
final class ProcedureSheet {

	/** The columns of the annex; {@link #SOURCE} is ours (where each line was read), optional. */
	enum Column {
		NUMBER("stt", false), CODE("mathutuc", true), NAME("tenthutuc", true), FIELD("linhvuc", true),
		LEVEL("capthuchien", true), DEADLINE("thoihangiaiquyet", true), FEE("philephi", true),
		DOCUMENTS("thanhphanhoso", true), LEGAL_BASIS("cancuphaply", true), SOURCE("nguon", false);

		final String key;

		final boolean required;

		Column(String key, boolean required) {
			this.key = key;
			this.required = required;
		}

		/** "Phí, lệ phí", "Phí/Lệ phí", "PHÍ, LỆ PHÍ (nếu có)" all match "philephi". */
		boolean matches(String header) {
			return squeeze(header).startsWith(key) || squeeze(header).contains(key) && key.length() > 5;
		}

	}

	/** One line of the sheet by column; {@code line} counts from 1 as the spreadsheet shows it. */
	record Line(int line, Map<Column, String> cells) {

		String get(Column column) {
			String value = cells.get(column);
			return value == null ? "" : value.strip();
		}

		boolean blank() {
			return cells.entrySet().stream().filter(e -> e.getKey() != Column.NUMBER).allMatch(e -> e.getValue().isBlank());
		}

	}

	/** The lines found, or the required columns the header lacks. */
	record Read(List<Line> lines, List<Column> missing) {
	}

	private ProcedureSheet() {
	}

	static boolean isExcel(byte[] content) {
		// an .xlsx is a zip archive: PK\3\4
		return content.length > 3 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
	}

	static Read read(byte[] content) throws IOException {
		return rowsToLines(isExcel(content) ? excelRows(content) : Csv.parse(new String(stripBom(content), StandardCharsets.UTF_8)));
	}

	private static Read rowsToLines(List<List<String>> rows) {
		for (int h = 0; h < Math.min(rows.size(), 15); h++) {
			Map<Column, Integer> columns = columns(rows.get(h));
			if (columns.size() >= 3) {
				List<Column> missing = new ArrayList<>();
				for (Column c : Column.values()) {
					if (c.required && !columns.containsKey(c)) {
						missing.add(c);
					}
				}
				List<Line> lines = new ArrayList<>();
				for (int r = h + 1; r < rows.size(); r++) {
					Map<Column, String> cells = new EnumMap<>(Column.class);
					List<String> row = rows.get(r);
					columns.forEach((c, i) -> cells.put(c, i < row.size() ? row.get(i) : ""));
					Line line = new Line(r + 1, cells);
					if (!line.blank()) {
						lines.add(line);
					}
				}
				return new Read(lines, missing);
			}
		}
		return new Read(List.of(), List.of(Column.CODE, Column.NAME));
	}

	private static Map<Column, Integer> columns(List<String> header) {
		Map<Column, Integer> found = new EnumMap<>(Column.class);
		for (int i = 0; i < header.size(); i++) {
			for (Column c : Column.values()) {
				if (!found.containsKey(c) && c.matches(header.get(i))) {
					found.put(c, i);
					break;
				}
			}
		}
		return found;
	}

	private static List<List<String>> excelRows(byte[] content) throws IOException {
		try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			Sheet sheet = book.getSheetAt(0);
			DataFormatter text = new DataFormatter();
			List<List<String>> rows = new ArrayList<>();
			for (int r = 0; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				List<String> cells = new ArrayList<>();
				if (row != null) {
					for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
						Cell cell = row.getCell(c);
						cells.add(cell == null ? "" : text.formatCellValue(cell));
					}
				}
				rows.add(cells);
			}
			return rows;
		}
	}

	private static byte[] stripBom(byte[] content) {
		if (content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB && (content[2] & 0xFF) == 0xBF) {
			return java.util.Arrays.copyOfRange(content, 3, content.length);
		}
		return content;
	}

	static String squeeze(String header) {
		return VietnameseText.fold(header == null ? "" : header).replaceAll("[^a-z0-9]", "");
	}

	/** RFC 4180 CSV: quoted cells may hold commas, doubled quotes and line breaks (one document per line). */
	static final class Csv {

		private Csv() {
		}

		static List<List<String>> parse(String text) {
			char separator = guessSeparator(text);
			List<List<String>> rows = new ArrayList<>();
			List<String> row = new ArrayList<>();
			StringBuilder cell = new StringBuilder();
			boolean quoted = false;
			for (int i = 0; i < text.length(); i++) {
				char ch = text.charAt(i);
				if (quoted) {
					if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
						cell.append('"');
						i++;
					}
					else if (ch == '"') {
						quoted = false;
					}
					else {
						cell.append(ch);
					}
				}
				else if (ch == '"' && cell.isEmpty()) {
					quoted = true;
				}
				else if (ch == separator) {
					row.add(cell.toString());
					cell.setLength(0);
				}
				else if (ch == '\n' || ch == '\r') {
					if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
						i++;
					}
					row.add(cell.toString());
					cell.setLength(0);
					rows.add(row);
					row = new ArrayList<>();
				}
				else {
					cell.append(ch);
				}
			}
			if (!cell.isEmpty() || !row.isEmpty()) {
				row.add(cell.toString());
				rows.add(row);
			}
			return rows;
		}

		/** Excel in a Vietnamese locale saves CSV with semicolons. */
		private static char guessSeparator(String text) {
			int end = text.indexOf('\n');
			String first = end < 0 ? text : text.substring(0, end);
			return first.chars().filter(c -> c == ';').count() > first.chars().filter(c -> c == ',').count() ? ';' : ',';
		}

	}

}
