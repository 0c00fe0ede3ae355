package vn.langso.dashboard;

import java.math.BigDecimal;

import vn.langso.identity.AreaLevel;

/**
 * An indicator's definition: value = numerator / denominator × factor over each period, computed down
 * to {@code level} (VILLAGE or COMMUNE; the province sums its communes), against {@code target}.
 */
public record IndicatorView(String code, String nameVi, String nameEn, Pillar pillar, VillageComponent component,
		String numerator, String denominator, int factor, PeriodType periodType, AreaLevel level, BigDecimal target,
		String legalSource, int sortOrder) {

	/** Percentages (factor 100) are shown with a % sign. */
	public boolean percentage() {
		return factor == 100;
	}

	public String name(java.util.Locale locale) {
		return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
	}

	public IndicatorForm form() {
		return new IndicatorForm(code, nameVi, nameEn, pillar, component, numerator, denominator, factor, periodType,
				level, target, legalSource);
	}

}
