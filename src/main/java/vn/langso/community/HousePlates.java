package vn.langso.community;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.springframework.stereotype.Service;
import vn.langso.identity.Areas;
import vn.langso.identity.CurrentUser;
import vn.langso.shared.PdfKit;

/**
 * Printable house plates: an A4 sheet of six plates per page (house number, lane, village and a QR
 * that opens the household's public card). Only what the public card shows is printed.
 */
@Service
public class HousePlates {

	private static final float MARGIN = 36;

	private final Residents residents;

	private final Areas areas;

	HousePlates(Residents residents, Areas areas) {
		this.residents = residents;
		this.areas = areas;
	}

	/** Plates of a village, optionally of one lane, in address order. */
	public byte[] sheet(CurrentUser user, long communeId, long villageId, String lane, String baseUrl) {
		List<HouseholdView> households = residents.households(user, communeId, villageId, null).stream()
			.filter(h -> lane == null || lane.isBlank() || h.lane().equalsIgnoreCase(lane.trim()))
			.toList();
		String villageName = areas.byId(villageId).orElseThrow().name();
		String communeName = areas.commune(communeId).name();
		try (PDDocument document = new PDDocument()) {
			PdfKit.Fonts fonts = PdfKit.fonts(document);
			float width = (PDRectangle.A4.getWidth() - 2 * MARGIN) / 2;
			float height = (PDRectangle.A4.getHeight() - 2 * MARGIN) / 3;
			for (int i = 0; i < households.size(); i += 6) {
				PDPage page = new PDPage(PDRectangle.A4);
				document.addPage(page);
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					for (int k = 0; k < 6 && i + k < households.size(); k++) {
						float x = MARGIN + (k % 2) * width;
						float y = PDRectangle.A4.getHeight() - MARGIN - (k / 2 + 1) * height;
						plate(document, content, fonts, households.get(i + k), villageName, communeName, baseUrl, x, y,
								width, height);
					}
				}
			}
			if (households.isEmpty()) {
				document.addPage(new PDPage(PDRectangle.A4));
			}
			return PdfKit.bytes(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void plate(PDDocument document, PDPageContentStream content, PdfKit.Fonts fonts, HouseholdView h,
			String village, String commune, String baseUrl, float x, float y, float w, float hgt) throws IOException {
		content.setLineWidth(1.5f);
		content.addRect(x + 6, y + 6, w - 12, hgt - 12);
		content.stroke();
		PdfKit.text(content, fonts.bold(), 40, x + 20, y + hgt - 62, h.houseNumber());
		PdfKit.text(content, fonts.regular(), 14, x + 20, y + hgt - 84, h.lane());
		PdfKit.text(content, fonts.regular(), 11, x + 20, y + hgt - 102, village + " – " + commune);
		float qr = Math.min(w, hgt) - 130;
		content.drawImage(PdfKit.qr(document, baseUrl + "/ho/" + h.plateToken(), 300), x + (w - qr) / 2, y + 26, qr, qr);
		PdfKit.text(content, fonts.regular(), 8, x + 20, y + 14, "Quét mã để xem thông tin hộ và liên hệ");
	}

}
