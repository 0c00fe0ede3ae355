package vn.langso.broadcast;

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
 * Announcement figures by commune for a time window, for the dashboard: announcements published, and
 * over every channel the recipients addressed and the messages handed over (the reach).
 */
@Service
@Transactional(readOnly = true)
public class BroadcastFigures {

	public static final String PUBLISHED = "published", RECIPIENTS = "recipients", DELIVERED = "delivered";

	private final JdbcClient jdbc;

	BroadcastFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Map<String, AreaCounts> figures(Collection<Long> communeIds, Instant from, Instant to) {
		AreaCounts.Builder published = new AreaCounts.Builder();
		AreaCounts.Builder recipients = new AreaCounts.Builder();
		AreaCounts.Builder delivered = new AreaCounts.Builder();
		if (!communeIds.isEmpty()) {
			OffsetDateTime start = OffsetDateTime.ofInstant(from, ZoneOffset.UTC);
			OffsetDateTime end = OffsetDateTime.ofInstant(to, ZoneOffset.UTC);
			jdbc.sql("""
					select commune_id, count(*) as n from broadcast_announcement
					where published_at >= :from and published_at < :to and commune_id in (:communes)
					group by commune_id""")
				.param("communes", communeIds).param("from", start).param("to", end)
				.query((rs, i) -> published.add(rs.getLong("commune_id"), null, rs.getLong("n")))
				.list();
			jdbc.sql("""
					select a.commune_id, sum(d.recipients) as recipients, sum(d.delivered) as delivered
					from broadcast_delivery d join broadcast_announcement a on a.id = d.announcement_id
					where d.at >= :from and d.at < :to and a.commune_id in (:communes)
					group by a.commune_id""")
				.param("communes", communeIds).param("from", start).param("to", end)
				.query((rs, i) -> {
					recipients.add(rs.getLong("commune_id"), null, rs.getLong("recipients"));
					return delivered.add(rs.getLong("commune_id"), null, rs.getLong("delivered"));
				})
				.list();
		}
		return Map.of(PUBLISHED, published.build(), RECIPIENTS, recipients.build(), DELIVERED, delivered.build());
	}

}
