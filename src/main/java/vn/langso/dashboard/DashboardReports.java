package vn.langso.dashboard;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
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
import vn.langso.shared.PdfKit;

/**
 * The reports drawn from the reporting store: a commune's NTM / smart-village self-assessment (PDF, in
 * Vietnamese, with the figures, a chart per indicator against its target and the period) and Excel
 * workbooks of every indicator table (commune, villages, history; province and chosen communes).
 */
@Service
public class DashboardReports {

	private static final float MARGIN = 40;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final Dashboards dashboards;

	private final Areas areas;

	private final MessageSource messages;

	private final Clock clock;

	DashboardReports(Dashboards dashboards, Areas areas, MessageSource messages, Clock clock) {
		this.dashboards = dashboards;
		this.areas = areas;
		this.messages = messages;
		this.clock = clock;
	}

	/** The self-assessment report of one commune for the month's periods. */
	public byte[] selfAssessment(long communeId, LocalDate month) {
		Locale vi = Locale.forLanguageTag("vi");
		AreaView commune = areas.commune(communeId);
		List<IndicatorValue> values = dashboards.of(AreaLevel.COMMUNE, communeId, month);
		Map<String, List<IndicatorValue>> history = dashboards.history(AreaLevel.COMMUNE, communeId, month);
		List<AreaView> villages = areas.childrenOf(communeId);
		Comparison byVillage = dashboards.compare(AreaLevel.VILLAGE, villages, month);
		try (PDDocument document = new PDDocument()) {
			Writer w = new Writer(document, PdfKit.fonts(document));
			w.center("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true, 11);
			w.center("Độc lập - Tự do - Hạnh phúc", true, 10);
			w.gap(8);
			w.line("UBND " + commune.name().toUpperCase(vi), true, 10);
			w.gap(10);
			w.center(text("dashboard.report.title", vi), true, 15);
			w.center(text("dashboard.report.subtitle", vi), false, 10);
			w.center(text("dashboard.report.period", vi, PeriodType.MONTH.containing(month).label()), false, 10);
			w.center(text("dashboard.report.generated", vi, LocalDate.now(clock).format(DAY)), false, 8);
			w.gap(8);
			w.line(text("dashboard.report.summary", vi, values.size(), count(values, Rag.GREEN), count(values, Rag.AMBER),
					count(values, Rag.RED), count(values, Rag.NONE)), true, 10);
			w.gap(8);
			int n = 1;
			for (Pillar pillar : Pillar.values()) {
				List<IndicatorValue> ofPillar = values.stream().filter(v -> v.indicator().pillar() == pillar).toList();
				if (ofPillar.isEmpty()) {
					continue;
				}
				w.need(40);
				w.line(text(pillar.messageKey(), vi).toUpperCase(vi), true, 11);
				w.gap(2);
				for (IndicatorValue v : ofPillar) {
					w.indicator(n++, v, history.getOrDefault(v.indicator().code(), List.of()), vi, text(v.rag().messageKey(), vi),
							text(v.indicator().component().messageKey(), vi));
				}
				w.gap(6);
			}
			if (!villages.isEmpty() && !byVillage.rows().isEmpty()) {
				w.need(60);
				w.line(text("dashboard.villages", vi).toUpperCase(vi), true, 11);
				w.gap(2);
				for (Comparison.Row row : byVillage.rows()) {
					w.need(14 + 11 * villages.size());
					w.line(row.indicator().nameVi(), true, 9);
					for (int i = 0; i < villages.size(); i++) {
						IndicatorValue v = row.values().get(i);
						w.line("   " + villages.get(i).name() + ": "
								+ (v.measured() ? v.text(vi) + " (" + v.fraction() + ")" : text("dashboard.noData", vi))
								+ " — " + text(v.rag().messageKey(), vi), false, 8.5f);
					}
				}
			}
			w.close();
			return PdfKit.bytes(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static long count(List<IndicatorValue> values, Rag rag) {
		return values.stream().filter(v -> v.rag() == rag).count();
	}

	/** The commune's tables: its indicators, its villages compared, the last twelve periods. */
	public byte[] communeWorkbook(long communeId, LocalDate month, Locale locale) {
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
	public byte[] provinceWorkbook(long provinceId, List<AreaView> chosen, LocalDate month, Locale locale) {
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

	/** Writes top to bottom on A4 pages, starting a new page when the next block does not fit. */
	private static final class Writer {

		private final PDDocument document;

		private final PdfKit.Fonts fonts;

		private PDPageContentStream page;

		private float y;

		Writer(PDDocument document, PdfKit.Fonts fonts) throws IOException {
			this.document = document;
			this.fonts = fonts;
			newPage();
		}

		private void newPage() throws IOException {
			if (page != null) {
				page.close();
			}
			PDPage p = new PDPage(PDRectangle.A4);
			document.addPage(p);
			page = new PDPageContentStream(document, p);
			y = PDRectangle.A4.getHeight() - MARGIN;
		}

		void need(float height) throws IOException {
			if (y - height < MARGIN) {
				newPage();
			}
		}

		void gap(float height) {
			y -= height;
		}

		void center(String text, boolean bold, float size) throws IOException {
			PDFont font = bold ? fonts.bold() : fonts.regular();
			for (String l : PdfKit.wrap(text, font, size, PDRectangle.A4.getWidth() - 2 * MARGIN)) {
				need(size + 4);
				y -= size + 4;
				PdfKit.text(page, font, size, (PDRectangle.A4.getWidth() - PdfKit.width(l, font, size)) / 2, y, l);
			}
		}

		void line(String text, boolean bold, float size) throws IOException {
			PDFont font = bold ? fonts.bold() : fonts.regular();
			for (String l : PdfKit.wrap(text, font, size, PDRectangle.A4.getWidth() - 2 * MARGIN)) {
				need(size + 4);
				y -= size + 4;
				PdfKit.text(page, font, size, MARGIN, y, l);
			}
		}

		/** One indicator: its name and figures on the left, its chart with the target on the right. */
		void indicator(int number, IndicatorValue v, List<IndicatorValue> history, Locale vi, String status,
				String component) throws IOException {
			float chartW = 200;
			float chartH = 70;
			float textW = PDRectangle.A4.getWidth() - 2 * MARGIN - chartW - 12;
			List<String> name = PdfKit.wrap(number + ". " + v.indicator().nameVi(), fonts.bold(), 9.5f, textW);
			List<String> legal = PdfKit.wrap(v.indicator().legalSource(), fonts.regular(), 7, textW);
			float height = Math.max(chartH + 8, name.size() * 12 + 40 + legal.size() * 9);
			need(height);
			float top = y;
			for (String l : name) {
				y -= 12;
				PdfKit.text(page, fonts.bold(), 9.5f, MARGIN, y, l);
			}
			y -= 12;
			PdfKit.text(page, fonts.regular(), 8, MARGIN, y, component);
			y -= 13;
			String figure = v.measured() ? v.text(vi) + "  (" + v.fraction() + ")" : "Chưa có số liệu";
			PdfKit.text(page, fonts.bold(), 10, MARGIN, y, figure);
			y -= 12;
			PdfKit.text(page, fonts.regular(), 8.5f, MARGIN, y,
					"Mục tiêu " + v.targetText(vi) + " — " + status + " — kỳ " + v.period().label());
			for (String l : legal) {
				y -= 9;
				PdfKit.text(page, fonts.regular(), 7, MARGIN, y, l);
			}
			chart(v, history, PDRectangle.A4.getWidth() - MARGIN - chartW, top - chartH - 4, chartW, chartH, vi);
			y = Math.min(y, top - chartH - 6) - 8;
		}

		private void chart(IndicatorValue current, List<IndicatorValue> points, float x, float y0, float w, float h,
				Locale vi) throws IOException {
			IndicatorView indicator = current.indicator();
			double target = indicator.target().doubleValue();
			double highest = points.stream().filter(IndicatorValue::measured).mapToDouble(IndicatorValue::value).max().orElse(0);
			double max = indicator.percentage() ? Math.max(100, Math.max(target, highest)) : Math.max(1, Math.max(target, highest) * 1.1);
			float left = x + 22;
			float bottom = y0 + 10;
			float plotW = w - 26;
			float plotH = h - 14;
			page.setStrokingColor(new Color(0x9a, 0xa5, 0xb1));
			page.setLineWidth(0.6f);
			page.moveTo(left, bottom + plotH);
			page.lineTo(left, bottom);
			page.lineTo(left + plotW, bottom);
			page.stroke();
			PdfKit.text(page, fonts.regular(), 6, x, bottom + plotH - 4, String.format(vi, "%,.0f", max));
			PdfKit.text(page, fonts.regular(), 6, x + 12, bottom - 2, "0");
			float ty = bottom + (float) (plotH * target / max);
			page.setStrokingColor(new Color(0xc8, 0x10, 0x2e));
			page.setLineDashPattern(new float[] { 3, 2 }, 0);
			page.moveTo(left, ty);
			page.lineTo(left + plotW, ty);
			page.stroke();
			page.setLineDashPattern(new float[0], 0);
			int n = points.size();
			page.setStrokingColor(new Color(0x0b, 0x6e, 0x4f));
			page.setLineWidth(1.4f);
			boolean started = false;
			for (int i = 0; i < n; i++) {
				IndicatorValue p = points.get(i);
				if (!p.measured()) {
					continue;
				}
				float px = left + (n == 1 ? plotW / 2 : plotW * i / (n - 1));
				float py = bottom + (float) (plotH * p.value() / max);
				if (started) {
					page.lineTo(px, py);
				}
				else {
					page.moveTo(px, py);
					started = true;
				}
			}
			if (started) {
				page.stroke();
			}
			page.setNonStrokingColor(new Color(0x0b, 0x6e, 0x4f));
			for (int i = 0; i < n; i++) {
				IndicatorValue p = points.get(i);
				if (p.measured()) {
					float px = left + (n == 1 ? plotW / 2 : plotW * i / (n - 1));
					float py = bottom + (float) (plotH * p.value() / max);
					page.addRect(px - 1.5f, py - 1.5f, 3, 3);
				}
			}
			if (started) {
				page.fill();
			}
			page.setNonStrokingColor(Color.BLACK);
			if (n > 0) {
				PdfKit.text(page, fonts.regular(), 6, left, bottom - 8, points.getFirst().period().label());
				String last = points.getLast().period().label();
				PdfKit.text(page, fonts.regular(), 6, left + plotW - PdfKit.width(last, fonts.regular(), 6), bottom - 8, last);
			}
		}

		void close() throws IOException {
			page.close();
		}

	}

}
