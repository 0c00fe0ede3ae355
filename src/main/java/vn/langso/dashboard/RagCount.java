package vn.langso.dashboard;

/** How many communes of a province are green, amber, red or without figures on one indicator. */
public record RagCount(IndicatorValue province, int green, int amber, int red, int none) {
}
