package vn.langso.feedback;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
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
		BufferedImage upright;
		try {
			upright = Pictures.readUpright(upload, MAX_BYTES, MAX_PIXELS);
		}
		catch (Pictures.Refused refused) {
			throw refused.problem() == Pictures.Problem.TOO_LARGE
					? new InvalidInputException("feedback.photo.tooLarge", MAX_BYTES / (1024 * 1024))
					: new InvalidInputException("feedback.photo.notImage");
		}
		Optional<GeoLocation> gps = gpsOf(upload);
		BufferedImage published = Pictures.scaled(upright, MAX_EDGE);
		return new Cleaned(Pictures.jpeg(published), "image/jpeg", published.getWidth(), published.getHeight(),
				gps.map(GeoLocation::getLatitude).orElse(null), gps.map(GeoLocation::getLongitude).orElse(null));
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
