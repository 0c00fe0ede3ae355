package vn.langso.dashboard;

import java.util.List;

import vn.langso.identity.AreaView;

/** Several areas side by side (villages of a commune, communes of a province), one row per indicator. */
public record Comparison(List<AreaView> areas, List<Row> rows) {

	public record Row(IndicatorView indicator, List<IndicatorValue> values) {
	}

}
