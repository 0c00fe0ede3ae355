package vn.langso.platform;

import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.PastOrPresent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.langso.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A training held "today" in Vietnam must pass {@code @PastOrPresent} at any hour, also between 00:00
 * and 07:00 when the server's UTC date is still yesterday (a CI run at 03:55 Vietnam time failed so).
 */
@IntegrationTest
class ValidationClockIntegrationTests {

	record HeldOn(@PastOrPresent LocalDate date) {
	}

	@Autowired
	ValidatorFactory validatorFactory;

	@Autowired
	Validator validator;

	@Test
	void validationReadsTheCommunesClock() {
		assertThat(validatorFactory.getClockProvider().getClock().getZone()).isEqualTo(ZoneId.of("Asia/Ho_Chi_Minh"));
	}

	@Test
	void todayInVietnamIsNeverInTheFuture() {
		assertThat(validator.validate(new HeldOn(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"))))).isEmpty();
		assertThat(validator.validate(new HeldOn(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(1)))).hasSize(1);
	}

}
