package vn.langso.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import vn.langso.dashboard.IndicatorValue;
import vn.langso.dashboard.IndicatorView;
import vn.langso.dashboard.Period;
import vn.langso.dashboard.PeriodType;
import vn.langso.dashboard.Pillar;
import vn.langso.dashboard.Rag;
import vn.langso.dashboard.VillageComponent;
import vn.langso.identity.AreaLevel;

class ChartsTests {

	static final Locale VI = Locale.forLanguageTag("vi");

	final IndicatorView trained = new IndicatorView("RESIDENTS_TRAINED", "Tỷ lệ người dân được tập huấn", "Residents trained",
			Pillar.SOCIETY, VillageComponent.DIGITAL_TEAM, "community.residents-trained", "community.residents", 100,
			PeriodType.MONTH, AreaLevel.VILLAGE, BigDecimal.valueOf(50), "QĐ 924/QĐ-TTg", 70);

	final Period november = new Period(PeriodType.MONTH, LocalDate.of(2026, 11, 1));

	@Test
	void anAreaWithoutFiguresGetsNoBarAndSaysSoInsteadOfZero() {
		IndicatorValue measured = new IndicatorValue(trained, november, 439, 825, 53.2, Rag.GREEN);
		IndicatorValue missing = new IndicatorValue(trained, november, 0, 0, null, Rag.NONE);
		String svg = Charts.bars(trained, List.of("Xóm 3", "Xóm 5"), List.of(measured, missing), "Tập huấn", VI);
		assertThat(svg).containsOnlyOnce("<rect class=\"chart-bar");
		assertThat(svg).contains(": " + measured.text(VI) + "</title>");
		assertThat(svg).contains("chart-nodata\" x=\"114\" y=\"46\">Chưa c&oacute; số liệu</text>");
		assertThat(svg).doesNotContain(">0</text>");
		assertThat(Charts.noData(Locale.ENGLISH)).isEqualTo("No figures yet");
	}

	@Test
	void aMonthWithoutFiguresBreaksTheLine() {
		Period october = november.previous();
		Period september = october.previous();
		List<IndicatorValue> history = List.of(new IndicatorValue(trained, september, 1, 2, 50.0, Rag.GREEN),
				new IndicatorValue(trained, october, 0, 0, null, Rag.NONE),
				new IndicatorValue(trained, november, 3, 4, 75.0, Rag.GREEN));
		String svg = Charts.line(trained, history, "Tập huấn", VI);
		assertThat(svg.split("<polyline", -1)).hasSize(3);
	}

}
