package vn.langso.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class CitizenIdTests {

	@Test
	void readsProvinceCenturySexAndBirthYear() {
		CitizenId id = new CitizenId("087084000999");
		assertThat(id.provinceCode()).isEqualTo(87);
		assertThat(id.birthYear()).isEqualTo(1984);
		assertThat(id.sex()).isEqualTo(CitizenId.Sex.MALE);
		assertThat(new CitizenId("036190012345").sex()).isEqualTo(CitizenId.Sex.FEMALE);
		assertThat(new CitizenId("001305001234").birthYear()).isEqualTo(2005);
	}

	@Test
	void refusesWrongLengthLettersAndUnknownProvince() {
		assertThat(CitizenId.isValid("03619001234")).isFalse();
		assertThat(CitizenId.isValid("0361900123456")).isFalse();
		assertThat(CitizenId.isValid("03619001234a")).isFalse();
		assertThat(CitizenId.isValid("000190012345")).isFalse();
		assertThat(CitizenId.isValid("097190012345")).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> new CitizenId("12"));
	}

	@Test
	void refusesBirthInTheFuture() {
		assertThat(CitizenId.isValid("001499012345")).as("born 2199").isFalse();
	}

	@Test
	void masksAllButTheLastThreeDigits() {
		assertThat(new CitizenId("036190012345").masked()).isEqualTo("*********345");
	}

}
