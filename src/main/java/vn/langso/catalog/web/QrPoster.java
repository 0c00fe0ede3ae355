package vn.langso.catalog.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import vn.langso.catalog.ProcedureView;
import vn.langso.shared.PdfKit;

/**
 * The A4 sheet for the notice board: one big QR code per sheet, or six to a sheet, each with the
 * procedure's name and code and where it leads, so a citizen scans and starts the procedure.
 */
final class QrPoster {

	record Entry(ProcedureView procedure, String url) {
	}

	private QrPoster() {
	}

	static byte[] render(String communeName, List<Entry> entries, int perPage) {
		try (PDDocument document = new PDDocument()) {
			PdfKit.Fonts fonts = PdfKit.fonts(document);
			int columns = perPage == 1 ? 1 : 2;
			int rows = perPage == 1 ? 1 : 3;
			float margin = 36;
			PDRectangle a4 = PDRectangle.A4;
			float cellWidth = (a4.getWidth() - 2 * margin) / columns;
			float cellHeight = (a4.getHeight() - 2 * margin - 40) / rows;
			for (int start = 0; start < entries.size(); start += columns * rows) {
				PDPage page = new PDPage(a4);
				document.addPage(page);
				try (PDPageContentStream out = new PDPageContentStream(document, page)) {
					PdfKit.text(out, fonts.bold(), 14, margin, a4.getHeight() - margin - 10,
							communeName.toUpperCase() + " — QUÉT MÃ QR ĐỂ NỘP HỒ SƠ TRỰC TUYẾN");
					for (int i = 0; i < columns * rows && start + i < entries.size(); i++) {
						float x = margin + (i % columns) * cellWidth;
						float top = a4.getHeight() - margin - 40 - (i / columns) * cellHeight;
						cell(document, out, fonts, entries.get(start + i), x, top, cellWidth, cellHeight);
					}
				}
			}
			return PdfKit.bytes(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void cell(PDDocument document, PDPageContentStream out, PdfKit.Fonts fonts, Entry entry, float x,
			float top, float width, float height) throws IOException {
		float titleSize = width > 400 ? 18 : 11;
		List<String> title = PdfKit.wrap(entry.procedure().name(), fonts.bold(), titleSize, width - 20);
		float qrSize = Math.min(width - 40, height - 30 - title.size() * (titleSize + 4) - 40);
		float y = top - titleSize;
		for (String line : title) {
			PdfKit.text(out, fonts.bold(), titleSize, x + 10, y, line);
			y -= titleSize + 4;
		}
		PdfKit.text(out, fonts.regular(), titleSize - 2, x + 10, y, "Mã thủ tục: " + entry.procedure().code());
		y -= 6;
		out.drawImage(PdfKit.qr(document, entry.url(), 600), x + (width - qrSize) / 2, y - qrSize, qrSize, qrSize);
		y -= qrSize + 12;
		for (String line : PdfKit.wrap(entry.url(), fonts.regular(), 7, width - 20)) {
			PdfKit.text(out, fonts.regular(), 7, x + 10, y, line);
			y -= 9;
		}
	}

}
