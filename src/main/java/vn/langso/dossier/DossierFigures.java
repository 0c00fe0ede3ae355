package vn.langso.dossier;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.langso.catalog.Catalog;
import vn.langso.catalog.ProcedureView;
import vn.langso.catalog.ServiceLevel;
import vn.langso.shared.AreaCounts;

/**
 * Aggregate dossier figures by commune for a time window, for the dashboard: dossiers submitted, those
 * submitted online by their applicants (not the paper dossiers officers file at the desk or a
 * public-service point), those of fully-online procedures filed online, dossiers
 * returned and those returned on time, ratings and their points. Three grouped queries over the
 * window, whatever the number of communes; nobody's personal data.
 */
@Service
@Transactional(readOnly = true)
public class DossierFigures {

	/** The measures {@link #figures} returns. */
	public static final String SUBMITTED = "submitted", SUBMITTED_ONLINE = "submitted-online",
			SUBMITTED_FULLY_ONLINE = "submitted-fully-online", RETURNED = "returned",
			RETURNED_ON_TIME = "returned-on-time", RATINGS = "ratings", RATINGS_SATISFIED = "ratings-satisfied",
			RATING_POINTS = "rating-points", RATING_MAX_POINTS = "rating-max-points";

	/** Four criteria scored 0, 1 or 2. */
	static final int MAX_POINTS_PER_RATING = 8;

	private final JdbcClient jdbc;

	private final Catalog catalog;

	DossierFigures(JdbcClient jdbc, Catalog catalog) {
		this.jdbc = jdbc;
		this.catalog = catalog;
	}

	public Map<String, AreaCounts> figures(Collection<Long> communeIds, Instant from, Instant to) {
		Map<String, AreaCounts.Builder> out = new HashMap<>();
		for (String m : new String[] { SUBMITTED, SUBMITTED_ONLINE, SUBMITTED_FULLY_ONLINE, RETURNED, RETURNED_ON_TIME,
				RATINGS, RATINGS_SATISFIED, RATING_POINTS, RATING_MAX_POINTS }) {
			out.put(m, new AreaCounts.Builder());
		}
		if (!communeIds.isEmpty()) {
			Map<Long, Boolean> fullyOnline = new HashMap<>();
			jdbc.sql("""
					select commune_id, procedure_id, channel, count(*) as n from dossier_dossier
					where submitted_at >= :from and submitted_at < :to and commune_id in (:communes)
					group by commune_id, procedure_id, channel""")
				.params(params(communeIds, from, to))
				.query((rs, i) -> {
					long commune = rs.getLong("commune_id");
					long n = rs.getLong("n");
					out.get(SUBMITTED).add(commune, null, n);
					if (!DossierChannel.ONLINE.name().equals(rs.getString("channel"))) {
						return null;
					}
					out.get(SUBMITTED_ONLINE).add(commune, null, n);
					if (fullyOnline.computeIfAbsent(rs.getLong("procedure_id"), this::isFullyOnline)) {
						out.get(SUBMITTED_FULLY_ONLINE).add(commune, null, n);
					}
					return null;
				})
				.list();
			jdbc.sql("""
					select commune_id, count(*) as n, sum(case when finished_on_time then 1 else 0 end) as on_time
					from dossier_dossier
					where returned_at >= :from and returned_at < :to and finished_on_time is not null
					  and commune_id in (:communes)
					group by commune_id""")
				.params(params(communeIds, from, to))
				.query((rs, i) -> {
					out.get(RETURNED).add(rs.getLong("commune_id"), null, rs.getLong("n"));
					out.get(RETURNED_ON_TIME).add(rs.getLong("commune_id"), null, rs.getLong("on_time"));
					return null;
				})
				.list();
			jdbc.sql("""
					select commune_id, count(*) as n,
					       sum(publicity + timeliness + attitude + result) as points,
					       sum(case when publicity + timeliness + attitude + result >= 4 then 1 else 0 end) as satisfied
					from dossier_rating
					where rated_at >= :from and rated_at < :to and commune_id in (:communes)
					group by commune_id""")
				.params(params(communeIds, from, to))
				.query((rs, i) -> {
					long commune = rs.getLong("commune_id");
					out.get(RATINGS).add(commune, null, rs.getLong("n"));
					out.get(RATINGS_SATISFIED).add(commune, null, rs.getLong("satisfied"));
					out.get(RATING_POINTS).add(commune, null, rs.getLong("points"));
					out.get(RATING_MAX_POINTS).add(commune, null, MAX_POINTS_PER_RATING * rs.getLong("n"));
					return null;
				})
				.list();
		}
		Map<String, AreaCounts> result = new HashMap<>();
		out.forEach((k, v) -> result.put(k, v.build()));
		return result;
	}

	private boolean isFullyOnline(long procedureId) {
		return catalog.version(procedureId).map(ProcedureView::serviceLevel)
			.map(level -> level == ServiceLevel.FULLY_ONLINE)
			.orElse(false);
	}

	static Map<String, Object> params(Collection<Long> communeIds, Instant from, Instant to) {
		return Map.of("communes", communeIds, "from", OffsetDateTime.ofInstant(from, ZoneOffset.UTC), "to",
				OffsetDateTime.ofInstant(to, ZoneOffset.UTC));
	}

}
