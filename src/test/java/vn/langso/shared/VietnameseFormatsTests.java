package vn.langso.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

class VietnameseFormatsTests {

	/** 18:30 UTC on the 7th is already 01:30 on the 8th in Hà Nội: the day must not be yesterday's. */
	@Test
	void anInstantIsReadInHanoiTimeWhateverTheJvmZone() {
		Instant lateEveningUtc = Instant.parse("2026-12-07T18:30:00Z");
		assertThat(VietnameseFormats.date(lateEveningUtc)).isEqualTo("08/12/2026");
		assertThat(VietnameseFormats.dateTime(lateEveningUtc)).isEqualTo("01:30 08/12/2026");
		assertThat(VietnameseFormats.time(OffsetDateTime.parse("2026-12-07T18:30:00Z"))).isEqualTo("01:30");
	}

	@Test
	void datesAreDayMonthYearAlsoWhenStoredAsIsoText() {
		assertThat(VietnameseFormats.date(LocalDate.of(2026, 11, 20))).isEqualTo("20/11/2026");
		assertThat(VietnameseFormats.date("2026-11-20")).isEqualTo("20/11/2026");
		assertThat(VietnameseFormats.date("mùa xuân")).isEqualTo("mùa xuân");
		assertThat(VietnameseFormats.date(null)).isEmpty();
	}

	@Test
	void numbersGroupWithDotsAndUseADecimalComma() {
		assertThat(VietnameseFormats.money(8000)).isEqualTo("8.000 đ");
		assertThat(VietnameseFormats.money(1_250_000L)).isEqualTo("1.250.000 đ");
		assertThat(VietnameseFormats.integer(950)).isEqualTo("950");
		assertThat(VietnameseFormats.hectares(new BigDecimal("3.5"))).isEqualTo("3,50 ha");
		assertThat(VietnameseFormats.decimal(1234.567, 2)).isEqualTo("1.234,57");
		assertThat(VietnameseFormats.percent(0.855, 1)).isEqualTo("85,5%");
		assertThat(VietnameseFormats.money(null)).isEmpty();
	}

}
