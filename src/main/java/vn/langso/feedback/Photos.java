package vn.langso.feedback;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import com.drew.imaging.ImageMetadataReader;
import com.drew.lang.GeoLocation;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import org.springframework.stereotype.Component;
import vn.langso.shared.InvalidInputException;

/**
 * Checks an uploaded photo by its content, not its name: JPEG or PNG by magic bytes, within the size
 * and pixel limits, decodable. Reads the GPS position from EXIF when present, then re-encodes the
 * picture as a fresh JPEG (upright, at most 1600 px) so that no metadata is ever published.
 */
@Component
class Photos {

	static final int MAX_BYTES = 8 * 1024 * 1024;

	static final long MAX_PIXELS = 40_000_000L;

	static final int MAX_EDGE = 1600;

	static final int MAX_PHOTOS = 5;

	record Cleaned(byte[] bytes, String contentType, int width, int height, Double latitude, Double longitude) {
	}

	Cleaned clean(byte[] upload) {
		if (upload == null || upload.length == 0) {
			throw new InvalidInputException("feedback.photo.notImage");
		}
		if (upload.length > MAX_BYTES) {
			throw new InvalidInputException("feedback.photo.tooLarge", MAX_BYTES / (1024 * 1024));
		}
		if (!isJpeg(upload) && !isPng(upload)) {
			throw new InvalidInputException("feedback.photo.notImage");
		}
		BufferedImage image = decode(upload);
		Optional<GeoLocation> gps = Optional.empty();
		int orientation = 1;
		try {
			Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(upload));
			GpsDirectory gpsDirectory = metadata.getFirstDirectoryOfType(GpsDirectory.class);
			if (gpsDirectory != null) {
				gps = Optional.ofNullable(gpsDirectory.getGeoLocation()).filter(g -> !g.isZero())
					.filter(g -> Math.abs(g.getLatitude()) <= 90 && Math.abs(g.getLongitude()) <= 180);
			}
			ExifIFD0Directory ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
			if (ifd0 != null && ifd0.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
				orientation = ifd0.getInt(ExifIFD0Directory.TAG_ORIENTATION);
			}
		}
		catch (Exception unreadableMetadata) {
			// no usable metadata: the picture itself is fine
		}
		BufferedImage upright = scaled(rotated(image, orientation));
		byte[] jpeg = encodeJpeg(upright);
		return new Cleaned(jpeg, "image/jpeg", upright.getWidth(), upright.getHeight(),
				gps.map(GeoLocation::getLatitude).orElse(null), gps.map(GeoLocation::getLongitude).orElse(null));
	}

	static boolean isJpeg(byte[] b) {
		return b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF;
	}

	static boolean isPng(byte[] b) {
		byte[] magic = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };
		if (b.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if (b[i] != magic[i]) {
				return false;
			}
		}
		return true;
	}

	private static BufferedImage decode(byte[] upload) {
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
			if (!readers.hasNext()) {
				throw new InvalidInputException("feedback.photo.notImage");
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(input, true, true);
				long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
				if (pixels > MAX_PIXELS) {
					throw new InvalidInputException("feedback.photo.tooLarge", MAX_BYTES / (1024 * 1024));
				}
				BufferedImage image = reader.read(0);
				if (image == null) {
					throw new InvalidInputException("feedback.photo.notImage");
				}
				return image;
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof InvalidInputException invalid) {
				throw invalid;
			}
			throw new InvalidInputException("feedback.photo.notImage");
		}
	}

	private static BufferedImage rotated(BufferedImage image, int orientation) {
		int w = image.getWidth();
		int h = image.getHeight();
		AffineTransform turn = new AffineTransform();
		boolean swap;
		switch (orientation) {
			case 3 -> { turn.translate(w, h); turn.rotate(Math.PI); swap = false; }
			case 6 -> { turn.translate(h, 0); turn.rotate(Math.PI / 2); swap = true; }
			case 8 -> { turn.translate(0, w); turn.rotate(-Math.PI / 2); swap = true; }
			default -> { return image; }
		}
		BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = out.createGraphics();
		g.drawImage(image, turn, null);
		g.dispose();
		return out;
	}

	private static BufferedImage scaled(BufferedImage image) {
		double factor = Math.min(1.0, (double) MAX_EDGE / Math.max(image.getWidth(), image.getHeight()));
		int w = Math.max(1, (int) Math.round(image.getWidth() * factor));
		int h = Math.max(1, (int) Math.round(image.getHeight() * factor));
		BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = out.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		g.setColor(java.awt.Color.WHITE);
		g.fillRect(0, 0, w, h);
		g.drawImage(image, 0, 0, w, h, null);
		g.dispose();
		return out;
	}

	private static byte[] encodeJpeg(BufferedImage image) {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ImageOutputStream output = ImageIO.createImageOutputStream(bytes)) {
			writer.setOutput(output);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(0.85f);
			writer.write(null, new IIOImage(image, null, null), param);
		}
		catch (IOException ex) {
			throw new IllegalStateException("JPEG encoding failed", ex);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

}
