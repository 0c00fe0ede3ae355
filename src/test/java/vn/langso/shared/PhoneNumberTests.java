package vn.langso.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneNumberTests {

	@Test
	void normalisesInternationalAndPunctuatedForms() {
		assertThat(PhoneNumber.parse("+84 912 345 678").value()).isEqualTo("0912345678");
		assertThat(PhoneNumber.parse("84912345678").value()).isEqualTo("0912345678");
		assertThat(PhoneNumber.parse("0912.345.678").value()).isEqualTo("0912345678");
		assertThat(PhoneNumber.parse("0228-3861001").value()).isEqualTo("02283861001");
	}

	@Test
	void refusesWhatIsNotAPhoneNumber() {
		assertThat(PhoneNumber.isValid("12345")).isFalse();
		assertThat(PhoneNumber.isValid("09123456789012")).isFalse();
		assertThat(PhoneNumber.isValid("<script>")).isFalse();
		assertThat(PhoneNumber.isValid(null)).isFalse();
	}

}
