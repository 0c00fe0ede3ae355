package vn.langso.dashboard;

import java.awt.Color;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import vn.langso.shared.PdfKit;

/** Writes top to bottom on A4 pages, starting a new page when the next block does not fit. */
final class ReportPages {

	private static final float MARGIN = 40;

	private final PDDocument document;

	private final PdfKit.Fonts fonts;

	private PDPageContentStream page;

	private float y;

	ReportPages(PDDocument document, PdfKit.Fonts fonts) throws IOException {
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
