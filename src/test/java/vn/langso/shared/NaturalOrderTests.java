package vn.langso.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class NaturalOrderTests {

	@Test
	void houseNumbersSortByValueThenBySuffix() {
		List<String> numbers = new ArrayList<>(List.of("11", "2", "10", "1", "5B", "5A", "5", "02", "100", "9"));
		numbers.sort(NaturalOrder.TEXT);
		assertThat(numbers).containsExactly("1", "02", "2", "5", "5A", "5B", "9", "10", "11", "100");
	}

	@Test
	void lanesIgnoreCaseAndDiacriticsButNotNumbers() {
		List<String> lanes = new ArrayList<>(Arrays.asList("Ngõ 10", "ngõ 2", "Ngõ 1", "Đường làng", "Ngo 3", null));
		lanes.sort(NaturalOrder.TEXT);
		assertThat(lanes).containsExactly(null, "Đường làng", "Ngõ 1", "ngõ 2", "Ngo 3", "Ngõ 10");
	}

	@Test
	void theOrderIsTotalAndConsistent() {
		assertThat(NaturalOrder.TEXT.compare("Ngõ 2", "Ngõ 2")).isZero();
		assertThat(Integer.signum(NaturalOrder.TEXT.compare("ngõ 2", "Ngõ 2")))
			.isEqualTo(-Integer.signum(NaturalOrder.TEXT.compare("Ngõ 2", "ngõ 2")))
			.isNotZero();
		assertThat(NaturalOrder.TEXT.compare("12345678901234567890", "9")).isPositive();
	}

}
