package vn.langso.dossier;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import vn.langso.catalog.FormField;
import vn.langso.catalog.ProcedureView;
import vn.langso.shared.PdfKit;
import vn.langso.shared.VietnameseFormats;

/**
 * The printed papers of a dossier, with the Vietnamese font: the receipt with the appointment date
 * (mẫu 01), the e-result (the extract, with the QR code of its verification page) and the apology
 * letter with the new appointment (mẫu 04).
 */
final class DossierDocuments {

	private DossierDocuments() {
	}

	/** A page being written from the top down. */
	private static final class Sheet {

		final PDDocument document;

		final PdfKit.Fonts fonts;

		final PDPageContentStream out;

		float y;

		Sheet(PDDocument document, PDRectangle size) throws IOException {
			this.document = document;
			this.fonts = PdfKit.fonts(document);
			PDPage page = new PDPage(size);
			document.addPage(page);
			this.out = new PDPageContentStream(document, page);
			this.y = size.getHeight() - 50;
		}

		void centered(String text, boolean bold, float size) {
			float width = PdfKit.width(text, bold ? fonts.bold() : fonts.regular(), size);
			PdfKit.text(out, bold ? fonts.bold() : fonts.regular(), size, (595 - width) / 2, y, text);
			y -= size + 6;
		}

		void line(String label, String value) {
			List<String> lines = PdfKit.wrap(label + ": " + (value == null ? "" : value), fonts.regular(), 11, 480);
			for (String l : lines) {
				PdfKit.text(out, fonts.regular(), 11, 60, y, l);
				y -= 16;
			}
		}

		void paragraph(String text) {
			for (String l : PdfKit.wrap(text, fonts.regular(), 11, 480)) {
				PdfKit.text(out, fonts.regular(), 11, 60, y, l);
				y -= 16;
			}
		}

		void qr(String content, float size) throws IOException {
			out.drawImage(PdfKit.qr(document, content, 400), 595 - 60 - size, 60, size, size);
		}

	}

	private static void header(Sheet sheet, String communeName) {
		sheet.centered("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true, 12);
		sheet.centered("Độc lập - Tự do - Hạnh phúc", true, 11);
		sheet.centered("ỦY BAN NHÂN DÂN " + communeName.toUpperCase(), false, 11);
		sheet.y -= 10;
	}

	/** A date field is kept as yyyy-MM-dd; the paper shows it as Vietnamese read it, dd/MM/yyyy. */
	static String shown(FormField field, Object value) {
		return field.isDate() ? VietnameseFormats.date(String.valueOf(value)) : String.valueOf(value);
	}

	static byte[] receipt(DossierView dossier, ProcedureView procedure, String communeName, String trackingUrl) {
		try (PDDocument document = new PDDocument()) {
			Sheet sheet = new Sheet(document, PDRectangle.A4);
			header(sheet, communeName);
			sheet.centered("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", true, 14);
			sheet.centered("Mã hồ sơ: " + dossier.code(), true, 12);
			sheet.y -= 8;
			sheet.line("Người nộp", dossier.applicantName());
			sheet.line("Thủ tục", procedure.name() + " (mã " + procedure.code() + ")");
			sheet.line("Nộp trực tuyến lúc", dossier.submittedAt() == null ? "" : VietnameseFormats.dateTime(dossier.submittedAt()));
			sheet.line("Tiếp nhận lúc", dossier.receivedAt() == null ? "Chờ cán bộ một cửa tiếp nhận"
					: VietnameseFormats.dateTime(dossier.receivedAt()));
			sheet.line("Hẹn trả kết quả", dossier.dueDate() == null ? "" : VietnameseFormats.date(dossier.dueDate())
					+ (dossier.receivedAt() == null ? " (dự kiến, tính lại khi tiếp nhận)" : ""));
			sheet.line("Phí, lệ phí", dossier.feeVnd() == 0 ? "Miễn" : VietnameseFormats.integer(dossier.feeVnd()) + " đồng");
			sheet.line("Mã tra cứu bí mật", dossier.trackingSecret());
			sheet.y -= 8;
			sheet.paragraph("Tra cứu tình trạng hồ sơ bằng mã hồ sơ và mã tra cứu tại " + trackingUrl
					+ " hoặc quét mã QR. Giữ kín mã tra cứu: ai có mã này xem được tình trạng hồ sơ.");
			sheet.qr(trackingUrl + "?code=" + dossier.code(), 110);
			sheet.out.close();
			return PdfKit.bytes(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The e-result before signing. Identity numbers and phone numbers of the form are left out; the QR
	 * code opens the public verification page of the serial.
	 */
	static byte[] result(DossierView dossier, ProcedureView procedure, String communeName, String serial,
			String verifyUrl, LocalDate issuedOn, String signerName) {
		try (PDDocument document = new PDDocument()) {
			Sheet sheet = new Sheet(document, PDRectangle.A4);
			header(sheet, communeName);
			sheet.centered(procedure.resultName(), true, 14);
			sheet.centered("Số: " + serial, false, 11);
			sheet.y -= 8;
			Map<String, Object> form = dossier.form();
			for (FormField field : procedure.form().fields()) {
				Object value = form.get(field.name());
				if (value != null && !field.sensitive() && !field.name().equals("copies")) {
					sheet.line(field.title(), shown(field, value));
				}
			}
			sheet.y -= 8;
			sheet.line("Mã hồ sơ", dossier.code());
			sheet.line("Ngày cấp", VietnameseFormats.date(issuedOn));
			sheet.line("Người ký", signerName + " — ký số thay mặt UBND " + communeName);
			sheet.y -= 8;
			sheet.paragraph("Bản điện tử có chữ ký số của UBND " + communeName + ". Quét mã QR để kiểm tra tính hợp lệ: "
					+ verifyUrl);
			sheet.qr(verifyUrl, 120);
			sheet.out.close();
			return PdfKit.bytes(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static byte[] apology(DossierView dossier, String communeName) {
		try (PDDocument document = new PDDocument()) {
			Sheet sheet = new Sheet(document, PDRectangle.A4);
			header(sheet, communeName);
			sheet.centered("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ", true, 14);
			sheet.y -= 8;
			sheet.line("Kính gửi", dossier.applicantName());
			sheet.line("Mã hồ sơ", dossier.code());
			sheet.line("Thủ tục", dossier.procedureName());
			sheet.paragraph("UBND " + communeName + " xin lỗi ông/bà vì hồ sơ chưa được giải quyết đúng hạn. Lý do: "
					+ dossier.apologyReason());
			sheet.line("Hẹn lại ngày trả kết quả", VietnameseFormats.date(dossier.dueDate()));
			sheet.out.close();
			return PdfKit.bytes(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
