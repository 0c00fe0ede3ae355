package vn.langso.economy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;

/**
 * Product photos are checked by their content, not their name or declared type (JPEG or PNG magic bytes,
 * decodable, at most 5 MB and 40 megapixels), turned upright by their EXIF orientation, and re-encoded as
 * fresh JPEGs of at most 800 px and 320 px on the long edge: nothing of the original file — EXIF, GPS
 * position, camera, embedded thumbnails — is kept or published.
 */
final class ProductPhotos {

	static final int MAX_BYTES = 5 * 1024 * 1024;

	static final long MAX_PIXELS = 40_000_000L;

	static final int MAX_PHOTOS = 6;

	static final int LARGE = 800;

	static final int SMALL = 320;

	record Encoded(byte[] large, byte[] small, int width, int height) {
	}

	private ProductPhotos() {
	}

	static String path(long id, int size) {
		return "/anh-san-pham/" + id + "/" + size + ".jpg";
	}

	static Encoded encode(byte[] upload) {
		if (upload == null || upload.length == 0) {
			throw new FieldRefused("photo", "economy.photo.notImage");
		}
		if (upload.length > MAX_BYTES) {
			throw new FieldRefused("photo", "economy.photo.tooLarge", MAX_BYTES / (1024 * 1024));
		}
		if (!isJpeg(upload) && !isPng(upload)) {
			throw new FieldRefused("photo", "economy.photo.notImage");
		}
		BufferedImage image = decode(upload);
		int orientation = 1;
		try {
			Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(upload));
			ExifIFD0Directory ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
			if (ifd0 != null && ifd0.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
				orientation = ifd0.getInt(ExifIFD0Directory.TAG_ORIENTATION);
			}
		}
		catch (Exception unreadableMetadata) {
			// no usable metadata: the picture itself is fine
		}
		BufferedImage upright = rotated(image, orientation);
		BufferedImage large = scaled(upright, LARGE);
		return new Encoded(jpeg(large), jpeg(scaled(upright, SMALL)), large.getWidth(), large.getHeight());
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
				throw new FieldRefused("photo", "economy.photo.notImage");
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(input, true, true);
				if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
					throw new FieldRefused("photo", "economy.photo.tooLarge", MAX_BYTES / (1024 * 1024));
				}
				BufferedImage image = reader.read(0);
				if (image == null) {
					throw new FieldRefused("photo", "economy.photo.notImage");
				}
				return image;
			}
			finally {
				reader.dispose();
			}
		}
		catch (FieldRefused refused) {
			throw refused;
		}
		catch (IOException | RuntimeException ex) {
			throw new FieldRefused("photo", "economy.photo.notImage");
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

	/** At most {@code edge} px on the long side (never enlarged), on white (PNG transparency). */
	private static BufferedImage scaled(BufferedImage image, int edge) {
		double factor = Math.min(1.0, (double) edge / Math.max(image.getWidth(), image.getHeight()));
		int w = Math.max(1, (int) Math.round(image.getWidth() * factor));
		int h = Math.max(1, (int) Math.round(image.getHeight() * factor));
		BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = out.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, w, h);
		g.drawImage(image, 0, 0, w, h, null);
		g.dispose();
		return out;
	}

	private static byte[] jpeg(BufferedImage image) {
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
