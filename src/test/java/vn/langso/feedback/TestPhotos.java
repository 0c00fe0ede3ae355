package vn.langso.feedback;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

/** Photos for tests: a plain JPEG, and the same with an EXIF block holding a GPS position and a camera name. */
final class TestPhotos {

	private TestPhotos() {
	}

	static byte[] jpeg(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(60, 140, 90));
		g.fillRect(0, 0, width, height);
		g.setColor(Color.ORANGE);
		g.fillOval(width / 4, height / 4, width / 2, height / 2);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "jpeg", out);
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
		return out.toByteArray();
	}

	/** A JPEG whose EXIF says where it was taken (north/east, degrees-minutes-seconds) and by which camera. */
	static byte[] jpegWithGps(double latitude, double longitude) {
		byte[] plain = jpeg(320, 240);
		byte[] tiff = tiff(latitude, longitude);
		ByteBuffer app1 = ByteBuffer.allocate(4 + 6 + tiff.length).order(ByteOrder.BIG_ENDIAN);
		app1.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (2 + 6 + tiff.length));
		app1.put("Exif".getBytes(StandardCharsets.US_ASCII)).put((byte) 0).put((byte) 0).put(tiff);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(plain, 0, 2);
		out.writeBytes(app1.array());
		out.write(plain, 2, plain.length - 2);
		return out.toByteArray();
	}

	private static byte[] tiff(double latitude, double longitude) {
		byte[] model = "LangSoCam\0".getBytes(StandardCharsets.US_ASCII);
		ByteBuffer b = ByteBuffer.allocate(160).order(ByteOrder.LITTLE_ENDIAN);
		b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
		// IFD0 at 8: Model (ASCII, at 140) and the GPS IFD pointer (at 38)
		b.putShort((short) 2);
		entry(b, 0x0110, 2, model.length, 140);
		entry(b, 0x8825, 4, 1, 38);
		b.putInt(0);
		// GPS IFD at 38: 4 entries, rationals from 92
		b.putShort((short) 4);
		entry(b, 1, 2, 2, 'N');
		entry(b, 2, 5, 3, 92);
		entry(b, 3, 2, 2, 'E');
		entry(b, 4, 5, 3, 116);
		b.putInt(0);
		b.position(92);
		rationals(b, latitude);
		rationals(b, longitude);
		b.position(140);
		b.put(model);
		return b.array();
	}

	private static void entry(ByteBuffer b, int tag, int type, int count, int value) {
		b.putShort((short) tag).putShort((short) type).putInt(count).putInt(value);
	}

	private static void rationals(ByteBuffer b, double value) {
		int degrees = (int) value;
		double minutesFull = (value - degrees) * 60;
		int minutes = (int) minutesFull;
		long secondsMilli = Math.round((minutesFull - minutes) * 60 * 1000);
		b.putInt(degrees).putInt(1).putInt(minutes).putInt(1).putInt((int) secondsMilli).putInt(1000);
	}

}
