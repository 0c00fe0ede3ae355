package vn.langso.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VietnameseTextTests {

	@Test
	void foldsDiacriticsAndCase() {
		assertThat(VietnameseText.fold("Đăng ký Khai sinh")).isEqualTo("dang ky khai sinh");
		assertThat(VietnameseText.fold("  Xã   Bình Hòa ")).isEqualTo("xa binh hoa");
	}

	@Test
	void oldAndNewAccentPlacementFoldAlike() {
		assertThat(VietnameseText.fold("Hoà Thịnh")).isEqualTo(VietnameseText.fold("Hòa Thịnh"));
	}

	@Test
	void decomposedInputFoldsLikeComposed() {
		String decomposed = java.text.Normalizer.normalize("Nguyễn", java.text.Normalizer.Form.NFD);
		assertThat(VietnameseText.fold(decomposed)).isEqualTo("nguyen");
	}

	@Test
	void makesUrlSlugs() {
		assertThat(VietnameseText.slug("Xã Hoằng Đồng")).isEqualTo("xa-hoang-dong");
	}

	@Test
	void escapesLikeWildcardsInQueries() {
		assertThat(VietnameseText.containsPattern("50%_x")).isEqualTo("%50\\%\\_x%");
	}

}
