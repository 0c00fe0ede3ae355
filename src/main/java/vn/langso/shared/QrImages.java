package vn.langso.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * Renders QR codes as PNG for pages, posters and labels. UTF-8 is declared so phones read
 * Vietnamese names in a vCard correctly; level M survives a scuffed notice-board print.
 */
public final class QrImages {

	private QrImages() {
	}

	public static byte[] png(String content, int sizePixels) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			MatrixToImageWriter.writeToStream(matrix(content, sizePixels), "PNG", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static BitMatrix matrix(String content, int sizePixels) {
		Map<EncodeHintType, Object> hints = Map.of(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name(),
				EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2);
		try {
			return new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, sizePixels, sizePixels, hints);
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("content too long for a QR code", ex);
		}
	}

}
