package vn.langso.economy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.langso.shared.AreaCounts;

/**
 * Digital-economy figures for the dashboard: product batches created in a time window and those with
 * at least one traceability step recorded (by commune); e-payment points and those taking VietQR as
 * they stand now (by commune and village).
 */
@Service
@Transactional(readOnly = true)
public class EconomyFigures {

	public static final String BATCHES = "batches", BATCHES_TRACED = "batches-traced", PAYMENT_POINTS = "payment-points",
			VIETQR_POINTS = "vietqr-points";

	private final JdbcClient jdbc;

	EconomyFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Map<String, AreaCounts> batches(Collection<Long> communeIds, Instant from, Instant to) {
		AreaCounts.Builder batches = new AreaCounts.Builder();
		AreaCounts.Builder traced = new AreaCounts.Builder();
		if (!communeIds.isEmpty()) {
			jdbc.sql("""
					select commune_id, count(*) as n, sum(case when last_step is not null then 1 else 0 end) as traced
					from economy_batch
					where created_at >= :from and created_at < :to and commune_id in (:communes)
					group by commune_id""")
				.param("communes", communeIds)
				.param("from", OffsetDateTime.ofInstant(from, ZoneOffset.UTC))
				.param("to", OffsetDateTime.ofInstant(to, ZoneOffset.UTC))
				.query((rs, i) -> {
					batches.add(rs.getLong("commune_id"), null, rs.getLong("n"));
					return traced.add(rs.getLong("commune_id"), null, rs.getLong("traced"));
				})
				.list();
		}
		return Map.of(BATCHES, batches.build(), BATCHES_TRACED, traced.build());
	}

	public Map<String, AreaCounts> paymentPoints(Collection<Long> communeIds) {
		AreaCounts.Builder points = new AreaCounts.Builder();
		AreaCounts.Builder vietQr = new AreaCounts.Builder();
		if (!communeIds.isEmpty()) {
			jdbc.sql("""
					select commune_id, village_id, count(*) as n, sum(case when accepts_vietqr then 1 else 0 end) as qr
					from economy_payment_point where commune_id in (:communes)
					group by commune_id, village_id""")
				.param("communes", communeIds)
				.query((rs, i) -> {
					points.add(rs.getLong("commune_id"), rs.getLong("village_id"), rs.getLong("n"));
					return vietQr.add(rs.getLong("commune_id"), rs.getLong("village_id"), rs.getLong("qr"));
				})
				.list();
		}
		return Map.of(PAYMENT_POINTS, points.build(), VIETQR_POINTS, vietQr.build());
	}

}
