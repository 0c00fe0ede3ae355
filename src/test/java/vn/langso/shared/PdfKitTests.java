package vn.langso.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfKitTests {

	@Test
	void writesVietnameseTextThatReadsBack() throws Exception {
		byte[] pdf;
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			PdfKit.Fonts fonts = PdfKit.fonts(document);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				PdfKit.text(content, fonts.bold(), 16, 50, 780, "Giấy khai sinh — Xã Bình Hòa");
				content.drawImage(PdfKit.qr(document, "https://example.vn/x", 200), 50, 500, 150, 150);
			}
			pdf = PdfKit.bytes(document);
		}
		try (PDDocument read = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(read)).contains("Giấy khai sinh — Xã Bình Hòa");
		}
	}

	@Test
	void wrapsLongTextWithinTheWidth() throws Exception {
		try (PDDocument document = new PDDocument()) {
			PdfKit.Fonts fonts = PdfKit.fonts(document);
			var lines = PdfKit.wrap("Đăng ký khai sinh cho trẻ em sinh ra tại xã Bình Hòa theo Luật Hộ tịch", fonts.regular(), 12, 150);
			assertThat(lines).hasSizeGreaterThan(1)
				.allSatisfy(line -> assertThat(PdfKit.width(line, fonts.regular(), 12)).isLessThanOrEqualTo(150));
		}
	}

}
