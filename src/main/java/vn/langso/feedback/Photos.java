package vn.langso.feedback;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;

import com.drew.imaging.ImageMetadataReader;
import com.drew.lang.GeoLocation;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.GpsDirectory;
import org.springframework.stereotype.Component;
import vn.langso.shared.InvalidInputException;
import vn.langso.shared.Pictures;

/**
 * Checks an uploaded photo by its content, not its name: JPEG or PNG by magic bytes, within the size
 * and pixel limits (each photo, and all of a report's together), decodable. Reads the GPS position from EXIF when present, then re-encodes the
 * picture as a fresh JPEG (upright, at most 1600 px) so that no metadata is ever published.
 */
@Component
class Photos {

	static final int MAX_BYTES = 8 * 1024 * 1024;

	static final long MAX_PIXELS = 40_000_000L;

	static final int MAX_EDGE = 1600;

	static final int MAX_PHOTOS = 5;

	/** All the photos of one report together: five 24-megapixel photos, or three of 40. */
	static final long MAX_TOTAL_PIXELS = 120_000_000L;

	record Cleaned(byte[] bytes, String contentType, int width, int height, Double latitude, Double longitude) {
	}

	Cleaned clean(byte[] upload) {
		BufferedImage upright;
		try {
			upright = Pictures.readUpright(upload, MAX_BYTES, MAX_PIXELS, MAX_EDGE);
		}
		catch (Pictures.Refused refused) {
			throw switch (refused.problem()) {
				case TOO_LARGE -> new InvalidInputException("feedback.photo.tooLarge", MAX_BYTES / (1024 * 1024));
				case TOO_MANY_PIXELS -> new InvalidInputException("feedback.photo.tooManyPixels", MAX_PIXELS / 1_000_000);
				case NOT_A_PICTURE -> new InvalidInputException("feedback.photo.notImage");
			};
		}
		Optional<GeoLocation> gps = gpsOf(upload);
		BufferedImage published = Pictures.scaled(upright, MAX_EDGE);
		return new Cleaned(Pictures.jpeg(published), "image/jpeg", published.getWidth(), published.getHeight(),
				gps.map(GeoLocation::getLatitude).orElse(null), gps.map(GeoLocation::getLongitude).orElse(null));
	}

	/** Refuses photos that together have more pixels than one report may have, before decoding any. */
	void requireTotalPixels(List<byte[]> uploads) {
		try {
			Pictures.requireTotalPixels(uploads, MAX_TOTAL_PIXELS);
		}
		catch (Pictures.Refused refused) {
			throw new InvalidInputException("feedback.photo.totalPixels", MAX_TOTAL_PIXELS / 1_000_000);
		}
	}

	static boolean isJpeg(byte[] b) {
		return Pictures.isJpeg(b);
	}

	private static Optional<GeoLocation> gpsOf(byte[] upload) {
		try {
			Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(upload));
			GpsDirectory gpsDirectory = metadata.getFirstDirectoryOfType(GpsDirectory.class);
			if (gpsDirectory != null) {
				return Optional.ofNullable(gpsDirectory.getGeoLocation()).filter(g -> !g.isZero())
					.filter(g -> Math.abs(g.getLatitude()) <= 90 && Math.abs(g.getLongitude()) <= 180);
			}
		}
		catch (Exception unreadableMetadata) {
			// no usable metadata: the picture itself is fine
		}
		return Optional.empty();
	}

}
