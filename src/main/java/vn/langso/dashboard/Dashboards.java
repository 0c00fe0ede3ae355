package vn.langso.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.langso.identity.AreaLevel;
import vn.langso.identity.AreaView;

/**
 * Reads the reporting store: an area's indicators for a month (each indicator in the period of its type
 * that contains the month), their history, areas compared, and a province's communes counted by
 * red / amber / green. One indexed query per call, whatever the size of the province.
 */
@Service
@Transactional(readOnly = true)
public class Dashboards {

	/** Points on a chart over time. */
	public static final int HISTORY = 12;

	private final JdbcClient jdbc;

	private final Indicators indicators;

	Dashboards(JdbcClient jdbc, Indicators indicators) {
		this.jdbc = jdbc;
		this.indicators = indicators;
	}

	/** Every indicator of the area for the month, in the definitions' order. */
	public List<IndicatorValue> of(AreaLevel level, long areaId, LocalDate month) {
		List<IndicatorView> all = indicators.all();
		Map<String, long[]> stored = stored(level, List.of(areaId), codes(all, month, 1));
		List<IndicatorValue> values = new ArrayList<>();
		for (IndicatorView indicator : all) {
			if (level == AreaLevel.VILLAGE && indicator.level() != AreaLevel.VILLAGE) {
				continue;
			}
			Period period = indicator.periodType().containing(month);
			values.add(value(indicator, period, stored.get(key(indicator.code(), areaId, period.code()))));
		}
		return values;
	}

	/** Each indicator's last {@link #HISTORY} periods up to the month, oldest first. */
	public Map<String, List<IndicatorValue>> history(AreaLevel level, long areaId, LocalDate month) {
		List<IndicatorView> all = indicators.all();
		Map<String, long[]> stored = stored(level, List.of(areaId), codes(all, month, HISTORY));
		Map<String, List<IndicatorValue>> history = new LinkedHashMap<>();
		for (IndicatorView indicator : all) {
			List<IndicatorValue> points = new ArrayList<>();
			for (Period period : indicator.periodType().containing(month).lastPeriods(HISTORY)) {
				long[] v = stored.get(key(indicator.code(), areaId, period.code()));
				if (v != null) {
					points.add(value(indicator, period, v));
				}
			}
			history.put(indicator.code(), points);
		}
		return history;
	}

	/** The areas (all of one level) side by side; village comparisons list only village-level indicators. */
	public Comparison compare(AreaLevel level, List<AreaView> areas, LocalDate month) {
		List<IndicatorView> all = indicators.all();
		List<Long> ids = areas.stream().map(AreaView::id).toList();
		Map<String, long[]> stored = ids.isEmpty() ? Map.of() : stored(level, ids, codes(all, month, 1));
		List<Comparison.Row> rows = new ArrayList<>();
		for (IndicatorView indicator : all) {
			if (level == AreaLevel.VILLAGE && indicator.level() != AreaLevel.VILLAGE) {
				continue;
			}
			Period period = indicator.periodType().containing(month);
			rows.add(new Comparison.Row(indicator, ids.stream()
				.map(id -> value(indicator, period, stored.get(key(indicator.code(), id, period.code()))))
				.toList()));
		}
		return new Comparison(areas, rows);
	}

	/** For each indicator: the province's value and how many of its communes are green, amber, red. */
	public List<RagCount> province(long provinceId, LocalDate month) {
		List<IndicatorView> all = indicators.all();
		Set<String> periods = codes(all, month, 1);
		Map<String, int[]> counts = new HashMap<>();
		Map<String, long[]> provinceValues = new HashMap<>();
		Map<String, IndicatorView> byCode = new HashMap<>();
		all.forEach(i -> byCode.put(i.code(), i));
		jdbc.sql("""
				select indicator_code, area_level, period, numerator, denominator from dashboard_value
				where province_id = :province and area_level in ('COMMUNE', 'PROVINCE') and period in (:periods)""")
			.param("province", provinceId)
			.param("periods", periods)
			.query((rs, n) -> {
				IndicatorView indicator = byCode.get(rs.getString("indicator_code"));
				if (indicator == null || !indicator.periodType().containing(month).code().equals(rs.getString("period"))) {
					return null;
				}
				long[] v = { rs.getBigDecimal("numerator").longValue(), rs.getBigDecimal("denominator").longValue() };
				if ("PROVINCE".equals(rs.getString("area_level"))) {
					provinceValues.put(indicator.code(), v);
				}
				else {
					Rag rag = value(indicator, null, v).rag();
					counts.computeIfAbsent(indicator.code(), c -> new int[4])[rag.ordinal()]++;
				}
				return null;
			})
			.list();
		List<RagCount> result = new ArrayList<>();
		for (IndicatorView indicator : all) {
			int[] c = counts.getOrDefault(indicator.code(), new int[4]);
			result.add(new RagCount(value(indicator, indicator.periodType().containing(month),
					provinceValues.get(indicator.code())), c[0], c[1], c[2], c[3]));
		}
		return result;
	}

	/** Whether the refresher has written anything yet. */
	public boolean refreshed() {
		return jdbc.sql("select case when exists (select 1 from dashboard_value) then 1 else 0 end")
			.query(Integer.class).single() == 1;
	}

	private Map<String, long[]> stored(AreaLevel level, Collection<Long> areaIds, Set<String> periods) {
		Map<String, long[]> stored = new HashMap<>();
		jdbc.sql("""
				select indicator_code, area_id, period, numerator, denominator from dashboard_value
				where area_level = :level and area_id in (:areas) and period in (:periods)""")
			.param("level", level.name())
			.param("areas", areaIds)
			.param("periods", periods)
			.query((rs, n) -> stored.put(key(rs.getString("indicator_code"), rs.getLong("area_id"), rs.getString("period")),
					new long[] { num(rs.getBigDecimal("numerator")), num(rs.getBigDecimal("denominator")) }))
			.list();
		return stored;
	}

	private static Set<String> codes(List<IndicatorView> all, LocalDate month, int count) {
		Set<String> codes = new LinkedHashSet<>();
		for (IndicatorView indicator : all) {
			indicator.periodType().containing(month).lastPeriods(count).forEach(p -> codes.add(p.code()));
		}
		if (codes.isEmpty()) {
			codes.add("-");
		}
		return codes;
	}

	private static IndicatorValue value(IndicatorView indicator, Period period, long[] stored) {
		return stored == null ? IndicatorValue.of(indicator, period, null, null)
				: IndicatorValue.of(indicator, period, stored[0], stored[1]);
	}

	private static long num(BigDecimal value) {
		return value == null ? 0 : value.longValue();
	}

	private static String key(String code, long areaId, String period) {
		return code + "|" + areaId + "|" + period;
	}

}
