package vn.langso.shared;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * A one-colour RGB PNG of any size, written row by row without ever holding the picture: a
 * 40-megapixel one is a few hundred kilobytes on the wire and 120 MB once decoded in full, the
 * "pixel bomb" the picture limits are about.
 */
public final class SolidPng {

	private SolidPng() {
	}

	public static byte[] of(int width, int height, int red, int green, int blue) {
		try {
			ByteArrayOutputStream idat = new ByteArrayOutputStream();
			Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
			try (OutputStream rows = new DeflaterOutputStream(idat, deflater, 64 * 1024)) {
				byte[] row = new byte[1 + width * 3];
				for (int x = 0; x < width; x++) {
					row[1 + 3 * x] = (byte) red;
					row[2 + 3 * x] = (byte) green;
					row[3 + 3 * x] = (byte) blue;
				}
				for (int y = 0; y < height; y++) {
					rows.write(row);
				}
			}
			deflater.end();
			ByteArrayOutputStream png = new ByteArrayOutputStream();
			png.write(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A });
			ByteArrayOutputStream header = new ByteArrayOutputStream();
			DataOutputStream ihdr = new DataOutputStream(header);
			ihdr.writeInt(width);
			ihdr.writeInt(height);
			ihdr.write(new byte[] { 8, 2, 0, 0, 0 }); // 8 bits, truecolour, deflate, no filter, no interlace
			chunk(png, "IHDR", header.toByteArray());
			chunk(png, "IDAT", idat.toByteArray());
			chunk(png, "IEND", new byte[0]);
			return png.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void chunk(ByteArrayOutputStream png, String type, byte[] data) throws IOException {
		DataOutputStream out = new DataOutputStream(png);
		out.writeInt(data.length);
		byte[] name = type.getBytes(StandardCharsets.US_ASCII);
		out.write(name);
		out.write(data);
		CRC32 crc = new CRC32();
		crc.update(name);
		crc.update(data);
		out.writeInt((int) crc.getValue());
	}

}
