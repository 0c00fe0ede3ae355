package vn.langso.dashboard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import vn.langso.identity.AreaLevel;
import vn.langso.identity.AreaView;
import vn.langso.identity.Areas;

/**
 * Excel workbooks of every indicator table: a commune's (its indicators, its villages compared, the last
 * twelve periods) and the province's (every indicator with its communes by colour, and the chosen communes).
 */
@Service
public class IndicatorWorkbooks {

	private final Dashboards dashboards;

	private final Areas areas;

	private final MessageSource messages;

	IndicatorWorkbooks(Dashboards dashboards, Areas areas, MessageSource messages) {
		this.dashboards = dashboards;
		this.areas = areas;
		this.messages = messages;
	}

	/** The commune's tables: its indicators, its villages compared, the last twelve periods. */
	public byte[] commune(long communeId, LocalDate month, Locale locale) {
		List<IndicatorValue> values = dashboards.of(AreaLevel.COMMUNE, communeId, month);
		List<AreaView> villages = areas.childrenOf(communeId);
		Comparison byVillage = dashboards.compare(AreaLevel.VILLAGE, villages, month);
		Map<String, List<IndicatorValue>> history = dashboards.history(AreaLevel.COMMUNE, communeId, month);
		try (XSSFWorkbook book = new XSSFWorkbook()) {
			Styles styles = new Styles(book);
			valuesSheet(book, styles, text("dashboard.report.sheet.commune", locale), values, locale);
			comparisonSheet(book, styles, text("dashboard.report.sheet.villages", locale), byVillage, locale);
			Sheet sheet = book.createSheet(text("dashboard.report.sheet.history", locale));
			header(sheet, styles, text("dashboard.indicator", locale), text("dashboard.month", locale), "Tử số / Numerator",
					"Mẫu số / Denominator", "Giá trị / Value", text("dashboard.field.target", locale));
			int r = 1;
			for (IndicatorValue v : values) {
				for (IndicatorValue p : history.getOrDefault(v.indicator().code(), List.of())) {
					Row row = sheet.createRow(r++);
					row.createCell(0).setCellValue(v.indicator().name(locale));
					row.createCell(1).setCellValue(p.period().label());
					row.createCell(2).setCellValue(p.numerator());
					row.createCell(3).setCellValue(p.denominator());
					if (p.measured()) {
						row.createCell(4).setCellValue(round(p.value()));
					}
					row.createCell(5).setCellValue(v.indicator().target().doubleValue());
				}
			}
			sheet.setColumnWidth(0, 60 * 256);
			return bytes(book);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The province's tables: every indicator for the whole province with its communes by colour, and the chosen communes. */
	public byte[] province(long provinceId, List<AreaView> chosen, LocalDate month, Locale locale) {
		List<RagCount> province = dashboards.province(provinceId, month);
		Comparison communes = dashboards.compare(AreaLevel.COMMUNE, chosen, month);
		try (XSSFWorkbook book = new XSSFWorkbook()) {
			Styles styles = new Styles(book);
			Sheet sheet = book.createSheet(text("dashboard.report.sheet.province", locale));
			header(sheet, styles, text("dashboard.indicator", locale), text("dashboard.month", locale), "Tử số / Numerator",
					"Mẫu số / Denominator", "Giá trị / Value", text("dashboard.field.target", locale),
					text("dashboard.rag.GREEN", locale), text("dashboard.rag.AMBER", locale), text("dashboard.rag.RED", locale),
					text("dashboard.rag.NONE", locale));
			int r = 1;
			for (RagCount c : province) {
				Row row = sheet.createRow(r++);
				IndicatorValue v = c.province();
				row.createCell(0).setCellValue(v.indicator().name(locale));
				row.createCell(1).setCellValue(v.period().label());
				row.createCell(2).setCellValue(v.numerator());
				row.createCell(3).setCellValue(v.denominator());
				if (v.measured()) {
					row.createCell(4).setCellValue(round(v.value()));
				}
				row.createCell(5).setCellValue(v.indicator().target().doubleValue());
				row.createCell(6).setCellValue(c.green());
				row.createCell(7).setCellValue(c.amber());
				row.createCell(8).setCellValue(c.red());
				row.createCell(9).setCellValue(c.none());
			}
			sheet.setColumnWidth(0, 60 * 256);
			comparisonSheet(book, styles, text("dashboard.report.sheet.communes", locale), communes, locale);
			return bytes(book);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void valuesSheet(XSSFWorkbook book, Styles styles, String name, List<IndicatorValue> values, Locale locale) {
		Sheet sheet = book.createSheet(name);
		header(sheet, styles, "Mã / Code", text("dashboard.indicator", locale), text("dashboard.field.pillar", locale),
				text("dashboard.field.component", locale), text("dashboard.month", locale), "Tử số / Numerator",
				"Mẫu số / Denominator", "Giá trị / Value", text("dashboard.field.target", locale), "Đánh giá / Status",
				text("dashboard.field.legalSource", locale));
		int r = 1;
		for (IndicatorValue v : values) {
			Row row = sheet.createRow(r++);
			IndicatorView i = v.indicator();
			row.createCell(0).setCellValue(i.code());
			row.createCell(1).setCellValue(i.name(locale));
			row.createCell(2).setCellValue(text(i.pillar().messageKey(), locale));
			row.createCell(3).setCellValue(text(i.component().messageKey(), locale));
			row.createCell(4).setCellValue(v.period().label());
			row.createCell(5).setCellValue(v.numerator());
			row.createCell(6).setCellValue(v.denominator());
			if (v.measured()) {
				row.createCell(7).setCellValue(round(v.value()));
			}
			row.createCell(8).setCellValue(i.target().doubleValue());
			row.createCell(9).setCellValue(text(v.rag().messageKey(), locale));
			row.createCell(10).setCellValue(i.legalSource());
		}
		sheet.setColumnWidth(1, 60 * 256);
	}

	private void comparisonSheet(XSSFWorkbook book, Styles styles, String name, Comparison comparison, Locale locale) {
		Sheet sheet = book.createSheet(name);
		List<String> titles = new ArrayList<>();
		titles.add(text("dashboard.indicator", locale));
		comparison.areas().forEach(a -> {
			titles.add(a.name());
			titles.add(a.name() + " (" + "Tử số/Mẫu số" + ")");
		});
		header(sheet, styles, titles.toArray(String[]::new));
		int r = 1;
		for (Comparison.Row c : comparison.rows()) {
			Row row = sheet.createRow(r++);
			row.createCell(0).setCellValue(c.indicator().name(locale));
			for (int i = 0; i < c.values().size(); i++) {
				IndicatorValue v = c.values().get(i);
				if (v.measured()) {
					row.createCell(1 + 2 * i).setCellValue(round(v.value()));
				}
				row.createCell(2 + 2 * i).setCellValue(v.fraction());
			}
		}
		sheet.setColumnWidth(0, 60 * 256);
	}

	private static void header(Sheet sheet, Styles styles, String... titles) {
		Row row = sheet.createRow(0);
		for (int i = 0; i < titles.length; i++) {
			row.createCell(i).setCellValue(titles[i]);
			row.getCell(i).setCellStyle(styles.bold);
		}
		sheet.createFreezePane(0, 1);
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	private static byte[] bytes(XSSFWorkbook book) throws IOException {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			book.write(out);
			return out.toByteArray();
		}
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

	private static final class Styles {

		final CellStyle bold;

		Styles(XSSFWorkbook book) {
			Font font = book.createFont();
			font.setBold(true);
			bold = book.createCellStyle();
			bold.setFont(font);
		}

	}

}
