package vn.langso.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import vn.langso.identity.AreaLevel;

class PeriodTests {

	@Test
	void periodsAreNamedAndChainedByTheirType() {
		LocalDate day = LocalDate.of(2026, 11, 27);
		assertThat(PeriodType.MONTH.containing(day).code()).isEqualTo("2026-11");
		assertThat(PeriodType.QUARTER.containing(day).code()).isEqualTo("2026-Q4");
		assertThat(PeriodType.QUARTER.containing(day).end()).isEqualTo(LocalDate.of(2027, 1, 1));
		assertThat(PeriodType.YEAR.containing(day).label()).isEqualTo("2026");
		assertThat(PeriodType.MONTH.containing(LocalDate.of(2026, 1, 5)).previous().label()).isEqualTo("12/2025");
		assertThat(PeriodType.MONTH.containing(day).lastPeriods(12)).hasSize(12)
			.first().extracting(Period::code).isEqualTo("2025-12");
		assertThat(Period.parseMonth("2026-13")).isNull();
		assertThat(Period.parseMonth("2026-02")).isEqualTo(LocalDate.of(2026, 2, 1));
	}

	@Test
	void valuesAreRatiosTimesTheFactorColouredAgainstTheTarget() {
		IndicatorView trained = indicator(70);
		Period month = PeriodType.MONTH.containing(LocalDate.of(2026, 11, 1));
		IndicatorValue xom3 = IndicatorValue.of(trained, month, 439L, 825L);
		assertThat(xom3.value()).isCloseTo(53.21, org.assertj.core.data.Offset.offset(0.01));
		assertThat(xom3.rag()).isEqualTo(Rag.RED);
		assertThat(xom3.text(Locale.forLanguageTag("vi"))).isEqualTo("53,2 %");
		assertThat(xom3.fraction()).isEqualTo("439/825");
		assertThat(IndicatorValue.of(trained, month, 57L, 100L).rag()).isEqualTo(Rag.AMBER);
		assertThat(IndicatorValue.of(trained, month, 70L, 100L).rag()).isEqualTo(Rag.GREEN);
		assertThat(IndicatorValue.of(trained, month, 0L, 0L).measured()).isFalse();
		assertThat(IndicatorValue.of(trained, month, 0L, 0L).rag()).isEqualTo(Rag.NONE);
	}

	private static IndicatorView indicator(int target) {
		return new IndicatorView("RESIDENTS_TRAINED", "Tỷ lệ người dân được tập huấn", "Residents trained", Pillar.SOCIETY,
				VillageComponent.DIGITAL_TEAM, "community.residents-trained", "community.residents", 100, PeriodType.MONTH,
				AreaLevel.VILLAGE, BigDecimal.valueOf(target), "QĐ 924/QĐ-TTg", 70);
	}

}
