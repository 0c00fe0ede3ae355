package vn.langso.shared;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;

/**
 * Uploaded pictures (report photos, product photos) judged by their content, never their name or
 * declared type: JPEG or PNG magic bytes, decodable, within a byte and a pixel limit; then turned upright
 * by their EXIF orientation and re-encoded as fresh JPEGs, so nothing of the original file (EXIF, GPS,
 * camera, thumbnails) is ever published. Callers turn a {@link Refused} into their own message.
 */
public final class Pictures {

	/** Why an upload is not accepted as a picture. */
	public enum Problem {
		/** not a decodable JPEG or PNG */
		NOT_A_PICTURE,
		/** over the byte limit */
		TOO_LARGE,
		/** over the pixel limit of one picture, or of all the pictures of one request */
		TOO_MANY_PIXELS
	}

	/** Thrown when an upload is not a usable picture; carries only the reason. */
	public static final class Refused extends RuntimeException {

		private final Problem problem;

		Refused(Problem problem) {
			super(problem.name(), null, false, false);
			this.problem = problem;
		}

		public Problem problem() {
			return problem;
		}

	}

	private Pictures() {
	}

	/**
	 * The decoded picture, upright, at least {@code edge} px on the long side when the original is larger
	 * and at most about twice that: a large original is decoded subsampled, so a 40-megapixel photo takes a
	 * few megabytes of heap, not 160. Refused when empty, over {@code maxBytes} or {@code maxPixels} (read
	 * from the header, before decoding), or not a JPEG/PNG.
	 */
	public static BufferedImage readUpright(byte[] upload, long maxBytes, long maxPixels, int edge) {
		if (upload == null || upload.length == 0) {
			throw new Refused(Problem.NOT_A_PICTURE);
		}
		if (upload.length > maxBytes) {
			throw new Refused(Problem.TOO_LARGE);
		}
		if (!isJpeg(upload) && !isPng(upload)) {
			throw new Refused(Problem.NOT_A_PICTURE);
		}
		return rotated(decode(upload, maxPixels, edge), orientation(upload));
	}

	/**
	 * Refuses a set of uploads whose pixels together (width × height from each header, nothing decoded)
	 * exceed {@code maxTotalPixels}: the decoder's work grows with them even when decoding subsampled,
	 * so one request cannot keep the processors busy with picture after picture. Uploads that are not
	 * pictures count as none here; {@link #readUpright} refuses them.
	 */
	public static void requireTotalPixels(List<byte[]> uploads, long maxTotalPixels) {
		long total = 0;
		for (byte[] upload : uploads) {
			total += pixelsOf(upload);
			if (total > maxTotalPixels) {
				throw new Refused(Problem.TOO_MANY_PIXELS);
			}
		}
	}

	/** Width × height from the picture's header, without decoding it; 0 when it is not a JPEG/PNG. */
	public static long pixelsOf(byte[] upload) {
		if (upload == null || !isJpeg(upload) && !isPng(upload)) {
			return 0;
		}
		try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(upload))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
			if (!readers.hasNext()) {
				return 0;
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(input, true, true);
				return (long) reader.getWidth(0) * reader.getHeight(0);
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException unreadable) {
			return 0;
		}
	}

	/** Keep every n-th pixel of each n-th row so that the long side stays under twice {@code edge}. */
	static int subsampling(int width, int height, int edge) {
		int longSide = Math.max(width, height);
		return Math.max(1, (int) Math.ceil(longSide / (2.0 * edge)));
	}

	/** At most {@code edge} px on the long side (never enlarged), on white (PNG transparency). */
	public static BufferedImage scaled(BufferedImage image, int edge) {
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

	/** A fresh JPEG (quality 0.85) without any metadata. */
	public static byte[] jpeg(BufferedImage image) {
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

	public static boolean isJpeg(byte[] b) {
		return b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF;
	}

	public static boolean isPng(byte[] b) {
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

	private static BufferedImage decode(byte[] upload, long maxPixels, int edge) {
		try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(upload))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
			if (!readers.hasNext()) {
				throw new Refused(Problem.NOT_A_PICTURE);
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(input, true, true);
				// the header's size is checked before decoding, so a "pixel bomb" never fills the heap
				int width = reader.getWidth(0);
				int height = reader.getHeight(0);
				if ((long) width * height > maxPixels) {
					throw new Refused(Problem.TOO_MANY_PIXELS);
				}
				ImageReadParam param = reader.getDefaultReadParam();
				int step = subsampling(width, height, edge);
				param.setSourceSubsampling(step, step, 0, 0);
				BufferedImage image = reader.read(0, param);
				if (image == null) {
					throw new Refused(Problem.NOT_A_PICTURE);
				}
				return image;
			}
			finally {
				reader.dispose();
			}
		}
		catch (Refused refused) {
			throw refused;
		}
		catch (IOException | RuntimeException ex) {
			throw new Refused(Problem.NOT_A_PICTURE);
		}
	}

	private static int orientation(byte[] upload) {
		try {
			Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(upload));
			ExifIFD0Directory ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
			if (ifd0 != null && ifd0.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
				return ifd0.getInt(ExifIFD0Directory.TAG_ORIENTATION);
			}
		}
		catch (Exception unreadableMetadata) {
			// no usable metadata: the picture itself is fine
		}
		return 1;
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

}
