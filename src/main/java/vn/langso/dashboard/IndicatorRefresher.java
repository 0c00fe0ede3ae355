package vn.langso.dashboard;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.langso.identity.AreaLevel;
import vn.langso.identity.AreaView;
import vn.langso.identity.Areas;
import vn.langso.shared.AreaCounts;

/**
 * Writes indicator values into the reporting store ({@code dashboard_value}), incrementally: only open
 * periods are computed again (the current one, and the previous one for late events such as ratings);
 * closed periods stay as they were measured. An indicator with no value yet (new, or its formula just
 * changed) gets the last twelve periods when its figures are counted over time windows. Figures that
 * describe things as they stand now (the register, devices) are written for the current period only,
 * so their history builds up period by period. Each module's figures are read with one grouped query
 * for all communes; pages never count the modules' tables.
 */
@Service
public class IndicatorRefresher {

	/** How many periods a new indicator gets at once. */
	static final int BACKFILL_PERIODS = 12;

	private static final Logger log = LoggerFactory.getLogger(IndicatorRefresher.class);

	/** What one refresh did. */
	public record Summary(int indicators, int periods, int rows) {
	}

	private final Indicators indicators;

	private final Sources sources;

	private final Areas areas;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	IndicatorRefresher(Indicators indicators, Sources sources, Areas areas, JdbcTemplate jdbc,
			TransactionTemplate transactions, Clock clock) {
		this.indicators = indicators;
		this.sources = sources;
		this.areas = areas;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Every indicator's open periods, for every commune, village and province. */
	public Summary refreshAll() {
		return refresh(indicators.all());
	}

	/** One indicator (after its definition changed). */
	public Summary refresh(String code) {
		return refresh(List.of(indicators.get(code)));
	}

	/** One refresh at a time in this node (a manual one and the scheduled one would overwrite each other's rows). */
	private synchronized Summary refresh(List<IndicatorView> list) {
		long started = System.nanoTime();
		LocalDate today = LocalDate.now(clock);
		Tree tree = tree();
		Map<String, Map<String, AreaCounts>> fetched = new HashMap<>();
		int periods = 0;
		int rows = 0;
		for (IndicatorView indicator : list) {
			Period current = indicator.periodType().containing(today);
			List<Period> open;
			if (snapshot(indicator)) {
				open = List.of(current);
			}
			else if (!hasValues(indicator.code())) {
				open = current.lastPeriods(BACKFILL_PERIODS);
			}
			else {
				open = List.of(current.previous(), current);
			}
			for (Period period : open) {
				rows += write(indicator, period, tree, fetched);
				periods++;
			}
		}
		log.info("Dashboard refreshed: {} indicators, {} periods, {} values in {} ms", list.size(), periods, rows,
				(System.nanoTime() - started) / 1_000_000);
		return new Summary(list.size(), periods, rows);
	}

	private boolean snapshot(IndicatorView indicator) {
		return sources.source(indicator.numerator()).map(SourceView::snapshot).orElse(false)
				|| sources.source(indicator.denominator()).map(SourceView::snapshot).orElse(false);
	}

	private boolean hasValues(String code) {
		Integer found = jdbc.queryForObject(
				"select case when exists (select 1 from dashboard_value where indicator_code = ?) then 1 else 0 end",
				Integer.class, code);
		return found != null && found == 1;
	}

	private int write(IndicatorView indicator, Period period, Tree tree, Map<String, Map<String, AreaCounts>> fetched) {
		AreaCounts numerator = counts(indicator.numerator(), period, tree, fetched);
		Long constant = Sources.constant(indicator.denominator());
		AreaCounts denominator = constant == null ? counts(indicator.denominator(), period, tree, fetched) : null;
		Timestamp now = Timestamp.from(clock.instant());
		List<Object[]> rows = new ArrayList<>();
		for (AreaView province : tree.provinces) {
			long provinceNum = 0;
			long provinceDen = 0;
			for (AreaView commune : tree.communes.getOrDefault(province.id(), List.of())) {
				long num = numerator.commune(commune.id());
				long den = constant != null ? constant : denominator.commune(commune.id());
				provinceNum += num;
				provinceDen += den;
				rows.add(row(indicator, AreaLevel.COMMUNE, commune.id(), commune.id(), province.id(), period, num, den, now));
				if (indicator.level() == AreaLevel.VILLAGE) {
					for (AreaView village : tree.villages.getOrDefault(commune.id(), List.of())) {
						rows.add(row(indicator, AreaLevel.VILLAGE, village.id(), commune.id(), province.id(), period,
								numerator.village(village.id()),
								constant != null ? constant : denominator.village(village.id()), now));
					}
				}
			}
			rows.add(row(indicator, AreaLevel.PROVINCE, province.id(), null, province.id(), period, provinceNum,
					provinceDen, now));
		}
		transactions.executeWithoutResult(status -> {
			jdbc.update("delete from dashboard_value where indicator_code = ? and period = ?", indicator.code(),
					period.code());
			jdbc.batchUpdate("insert into dashboard_value (indicator_code, area_level, area_id, commune_id, province_id, "
					+ "period, numerator, denominator, computed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
		});
		return rows.size();
	}

	private static Object[] row(IndicatorView indicator, AreaLevel level, long areaId, Long communeId, long provinceId,
			Period period, long numerator, long denominator, Timestamp now) {
		return new Object[] { indicator.code(), level.name(), areaId, communeId, provinceId, period.code(), numerator,
				denominator, now };
	}

	private AreaCounts counts(String code, Period period, Tree tree, Map<String, Map<String, AreaCounts>> fetched) {
		Sources.Group group = sources.group(code);
		if (group == null) {
			throw new IllegalStateException("unknown figure " + code + " in a saved definition");
		}
		String key = System.identityHashCode(group) + (group.snapshot() ? "" : "|" + period.code());
		Map<String, AreaCounts> all = fetched.computeIfAbsent(key, k -> {
			Instant from = period.start().atStartOfDay(clock.getZone()).toInstant();
			Instant to = period.end().atStartOfDay(clock.getZone()).toInstant();
			return group.fetch().fetch(tree.communeIds, from, to);
		});
		return all.get(Sources.measure(code));
	}

	private Tree tree() {
		Tree tree = new Tree();
		for (AreaView area : areas.all()) {
			switch (area.level()) {
				case PROVINCE -> tree.provinces.add(area);
				case COMMUNE -> {
					if (area.parentId() != null) {
						tree.communes.computeIfAbsent(area.parentId(), id -> new ArrayList<>()).add(area);
						tree.communeIds.add(area.id());
					}
				}
				case VILLAGE -> {
					if (area.parentId() != null) {
						tree.villages.computeIfAbsent(area.parentId(), id -> new ArrayList<>()).add(area);
					}
				}
			}
		}
		return tree;
	}

	private static final class Tree {

		final List<AreaView> provinces = new ArrayList<>();

		final Map<Long, List<AreaView>> communes = new HashMap<>();

		final Map<Long, List<AreaView>> villages = new HashMap<>();

		final List<Long> communeIds = new ArrayList<>();

	}

}
