package vn.langso.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.google.zxing.client.j2se.MatrixToImageWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The few PDF pieces every module needs (receipts, e-results, posters, plates, labels, reports):
 * the embedded DejaVu Sans font, which has every Vietnamese letter, QR codes as images, text
 * wrapping and writing the document out. Fonts are subset-embedded so files stay small.
 */
public final class PdfKit {

	/** The regular and bold faces loaded into one document. */
	public record Fonts(PDFont regular, PDFont bold) {
	}

	private PdfKit() {
	}

	public static Fonts fonts(PDDocument document) {
		return new Fonts(load(document, "/fonts/DejaVuSans.ttf"), load(document, "/fonts/DejaVuSans-Bold.ttf"));
	}

	public static PDImageXObject qr(PDDocument document, String content, int pixels) {
		try {
			return LosslessFactory.createFromImage(document,
					MatrixToImageWriter.toBufferedImage(QrImages.matrix(content, pixels)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Writes one line of text with its baseline at (x, y). */
	public static void text(PDPageContentStream page, PDFont font, float size, float x, float y, String text) {
		try {
			page.beginText();
			page.setFont(font, size);
			page.newLineAtOffset(x, y);
			page.showText(text);
			page.endText();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Breaks text into lines no wider than {@code width} points, on spaces. */
	public static List<String> wrap(String text, PDFont font, float size, float width) {
		List<String> lines = new ArrayList<>();
		for (String paragraph : text.split("\n")) {
			StringBuilder line = new StringBuilder();
			for (String word : paragraph.split(" ")) {
				String candidate = line.isEmpty() ? word : line + " " + word;
				if (width(candidate, font, size) > width && !line.isEmpty()) {
					lines.add(line.toString());
					line = new StringBuilder(word);
				}
				else {
					line = new StringBuilder(candidate);
				}
			}
			lines.add(line.toString());
		}
		return lines;
	}

	public static float width(String text, PDFont font, float size) {
		try {
			return font.getStringWidth(text) / 1000f * size;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static byte[] bytes(PDDocument document) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static PDFont load(PDDocument document, String resource) {
		try (InputStream font = PdfKit.class.getResourceAsStream(resource)) {
			if (font == null) {
				throw new IllegalStateException("font missing: " + resource);
			}
			return PDType0Font.load(document, font);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
