package vn.langso.economy;

import java.awt.image.BufferedImage;

import vn.langso.shared.Pictures;

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
		BufferedImage upright;
		try {
			upright = Pictures.readUpright(upload, MAX_BYTES, MAX_PIXELS, LARGE);
		}
		catch (Pictures.Refused refused) {
			throw switch (refused.problem()) {
				case TOO_LARGE -> new FieldRefused("photo", "economy.photo.tooLarge", MAX_BYTES / (1024 * 1024));
				case TOO_MANY_PIXELS -> new FieldRefused("photo", "economy.photo.tooManyPixels", MAX_PIXELS / 1_000_000);
				case NOT_A_PICTURE -> new FieldRefused("photo", "economy.photo.notImage");
			};
		}
		BufferedImage large = Pictures.scaled(upright, LARGE);
		return new Encoded(Pictures.jpeg(large), Pictures.jpeg(Pictures.scaled(upright, SMALL)), large.getWidth(),
				large.getHeight());
	}

}
