package vn.langso.economy.web;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import vn.langso.economy.BatchView;
import vn.langso.shared.PdfKit;

/**
 * An A4 sheet of sticker labels, 3 across and 8 down: each with the batch's GS1 Digital Link as a QR
 * code, the product, the lot and the producer, readable after printing on a cheap office printer.
 */
final class LabelSheet {

	private static final int COLUMNS = 3;

	private static final int ROWS = 8;

	private LabelSheet() {
	}

	static byte[] pdf(BatchView batch, String producerName, String baseUrl, int count) {
		String uri = baseUrl + batch.digitalLinkPath();
		try (PDDocument document = new PDDocument()) {
			PdfKit.Fonts fonts = PdfKit.fonts(document);
			PDImageXObject qr = PdfKit.qr(document, uri, 300);
			float cellWidth = PDRectangle.A4.getWidth() / COLUMNS;
			float cellHeight = PDRectangle.A4.getHeight() / ROWS;
			int perPage = COLUMNS * ROWS;
			for (int first = 0; first < count; first += perPage) {
				PDPage page = new PDPage(PDRectangle.A4);
				document.addPage(page);
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					for (int i = 0; i < Math.min(perPage, count - first); i++) {
						float x = (i % COLUMNS) * cellWidth;
						float y = PDRectangle.A4.getHeight() - (i / COLUMNS + 1) * cellHeight;
						float size = cellHeight - 16;
						content.drawImage(qr, x + 6, y + 8, size, size);
						float textX = x + size + 10;
						float width = cellWidth - size - 16;
						float line = y + cellHeight - 20;
						for (String text : PdfKit.wrap(batch.productName(), fonts.bold(), 8, width)) {
							PdfKit.text(content, fonts.bold(), 8, textX, line, text);
							line -= 10;
						}
						PdfKit.text(content, fonts.regular(), 7, textX, line, "Lô: " + batch.lot());
						line -= 9;
						for (String text : PdfKit.wrap(producerName, fonts.regular(), 6.5f, width)) {
							PdfKit.text(content, fonts.regular(), 6.5f, textX, line, text);
							line -= 8;
						}
						PdfKit.text(content, fonts.regular(), 6, textX, y + 12, "Quét để truy xuất");
					}
				}
			}
			return PdfKit.bytes(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
