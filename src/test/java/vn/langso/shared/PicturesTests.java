package vn.langso.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Picture limits read from the header before anything is decoded, and large pictures decoded subsampled. */
class PicturesTests {

	static byte[] fortyMegapixels;

	@BeforeAll
	static void makeFortyMegapixels() {
		fortyMegapixels = SolidPng.of(8000, 5000, 40, 160, 90);
	}

	@Test
	void aFortyMegapixelPngIsSmallOnTheWire() {
		assertThat(fortyMegapixels.length).isLessThan(1024 * 1024);
		assertThat(Pictures.pixelsOf(fortyMegapixels)).isEqualTo(40_000_000L);
	}

	@Test
	void aLargePictureIsDecodedSubsampledNotInFull() {
		BufferedImage decoded = Pictures.readUpright(fortyMegapixels, 8 * 1024 * 1024, 40_000_000L, 1600);

		// 8000 px taken one in three: 2667 px, under twice the 1600 px wanted, not 8000 (120 MB decoded)
		assertThat(decoded.getWidth()).isEqualTo(2667);
		assertThat(decoded.getHeight()).isEqualTo(1667);
		assertThat(decoded.getRGB(1000, 1000) & 0xFFFFFF).isEqualTo(0x28A05A);
		assertThat(Pictures.scaled(decoded, 1600).getWidth()).isEqualTo(1600);
	}

	@Test
	void smallPicturesAreDecodedWhole() {
		assertThat(Pictures.subsampling(3200, 1600, 1600)).isEqualTo(1);
		assertThat(Pictures.subsampling(3201, 1600, 1600)).isEqualTo(2);
		assertThat(Pictures.subsampling(5000, 8000, 1600)).isEqualTo(3);
		assertThat(Pictures.readUpright(SolidPng.of(300, 200, 0, 0, 0), 1024 * 1024, 1_000_000, 1600).getWidth())
			.isEqualTo(300);
	}

	@Test
	void aPictureOverThePixelLimitIsRefusedFromItsHeader() {
		assertThatThrownBy(() -> Pictures.readUpright(fortyMegapixels, 8 * 1024 * 1024, 39_999_999L, 1600))
			.isInstanceOf(Pictures.Refused.class)
			.satisfies(ex -> assertThat(((Pictures.Refused) ex).problem()).isEqualTo(Pictures.Problem.TOO_MANY_PIXELS));
	}

	@Test
	void theUploadsOfOneRequestShareAPixelBudget() {
		List<byte[]> five = List.of(fortyMegapixels, fortyMegapixels, fortyMegapixels, fortyMegapixels, fortyMegapixels);

		assertThatThrownBy(() -> Pictures.requireTotalPixels(five, 120_000_000L))
			.isInstanceOf(Pictures.Refused.class)
			.satisfies(ex -> assertThat(((Pictures.Refused) ex).problem()).isEqualTo(Pictures.Problem.TOO_MANY_PIXELS));
		Pictures.requireTotalPixels(five.subList(0, 3), 120_000_000L);
		// what is not a picture is left for readUpright to refuse
		Pictures.requireTotalPixels(List.of("not a picture".getBytes()), 1);
	}

}
