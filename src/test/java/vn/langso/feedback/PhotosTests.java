package vn.langso.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import org.junit.jupiter.api.Test;
import vn.langso.shared.InvalidInputException;

class PhotosTests {

	private final Photos photos = new Photos();

	@Test
	void readsTheGpsPositionAndRemovesAllExif() throws Exception {
		byte[] upload = TestPhotos.jpegWithGps(19.8012, 105.7821);
		Metadata before = ImageMetadataReader.readMetadata(new ByteArrayInputStream(upload));
		assertThat(before.getFirstDirectoryOfType(GpsDirectory.class)).isNotNull();

		Photos.Cleaned cleaned = photos.clean(upload);

		assertThat(cleaned.latitude()).isCloseTo(19.8012, org.assertj.core.data.Offset.offset(0.00001));
		assertThat(cleaned.longitude()).isCloseTo(105.7821, org.assertj.core.data.Offset.offset(0.00001));
		assertThat(Photos.isJpeg(cleaned.bytes())).isTrue();
		Metadata after = ImageMetadataReader.readMetadata(new ByteArrayInputStream(cleaned.bytes()));
		assertThat(after.getFirstDirectoryOfType(GpsDirectory.class)).isNull();
		assertThat(after.getFirstDirectoryOfType(ExifIFD0Directory.class)).isNull();
		assertThat(new String(cleaned.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain("Exif").doesNotContain("LangSoCam");
	}

	@Test
	void photoWithoutGpsHasNoPosition() {
		Photos.Cleaned cleaned = photos.clean(TestPhotos.jpeg(100, 80));
		assertThat(cleaned.latitude()).isNull();
		assertThat(cleaned.width()).isEqualTo(100);
	}

	@Test
	void largePhotosAreScaledDown() {
		Photos.Cleaned cleaned = photos.clean(TestPhotos.jpeg(3200, 1600));
		assertThat(cleaned.width()).isEqualTo(1600);
		assertThat(cleaned.height()).isEqualTo(800);
	}

	@Test
	void refusesByContentNotByName() {
		assertThatThrownBy(() -> photos.clean("GIF89a not really".getBytes(StandardCharsets.US_ASCII)))
			.isInstanceOf(InvalidInputException.class).hasMessage("feedback.photo.notImage");
		byte[] truncated = java.util.Arrays.copyOf(TestPhotos.jpeg(200, 200), 40);
		assertThatThrownBy(() -> photos.clean(truncated)).isInstanceOf(InvalidInputException.class)
			.hasMessage("feedback.photo.notImage");
		byte[] huge = new byte[20 * 1024 * 1024];
		huge[0] = (byte) 0xFF;
		huge[1] = (byte) 0xD8;
		huge[2] = (byte) 0xFF;
		assertThatThrownBy(() -> photos.clean(huge)).isInstanceOf(InvalidInputException.class)
			.hasMessage("feedback.photo.tooLarge");
	}

}
