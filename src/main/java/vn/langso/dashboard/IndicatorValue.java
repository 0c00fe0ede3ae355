package vn.langso.dashboard;

import java.util.Locale;

/**
 * An indicator's value for one area and period, as the refresher stored it. {@code value} is null when
 * the denominator is zero (nothing to measure yet).
 */
public record IndicatorValue(IndicatorView indicator, Period period, long numerator, long denominator, Double value,
		Rag rag) {

	static IndicatorValue of(IndicatorView indicator, Period period, Long numerator, Long denominator) {
		long num = numerator == null ? 0 : numerator;
		long den = denominator == null ? 0 : denominator;
		Double value = den == 0 ? null : (double) num / den * indicator.factor();
		return new IndicatorValue(indicator, period, num, den, value, Rag.of(value, indicator.target().doubleValue()));
	}

	public boolean measured() {
		return value != null;
	}

	/** 53,2 % (vi) or 53.2 % (en); whole numbers without decimals for counts. */
	public String text(Locale locale) {
		return format(value, indicator, locale);
	}

	public String targetText(Locale locale) {
		return format(indicator.target().doubleValue(), indicator, locale);
	}

	/** "439/825". */
	public String fraction() {
		return numerator + "/" + denominator;
	}

	static String format(Double value, IndicatorView indicator, Locale locale) {
		if (value == null) {
			return "";
		}
		Locale l = locale == null ? Locale.forLanguageTag("vi") : locale;
		String number = value == Math.rint(value) ? String.format(l, "%,.0f", value) : String.format(l, "%,.1f", value);
		return indicator.percentage() ? number + " %" : number;
	}

}
