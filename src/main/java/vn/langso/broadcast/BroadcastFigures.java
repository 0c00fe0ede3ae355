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
 * the people addressed (in the app, by e-mail, by household text) and the messages that reached them:
 * in-app notices, and e-mails and texts a real provider accepted (the logging adapters' "not sent" and
 * failed messages do not count).
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
			// people only (in the app, e-mail, household texts); portal pages and devices are not recipients
			jdbc.sql("""
					select a.commune_id, sum(d.recipients) as recipients,
					       sum(case when d.channel = 'SMS_ZALO' then 0 else d.delivered end) as delivered
					from broadcast_delivery d join broadcast_announcement a on a.id = d.announcement_id
					where d.at >= :from and d.at < :to and a.commune_id in (:communes)
					  and d.channel in ('IN_APP', 'EMAIL', 'SMS_ZALO')
					group by a.commune_id""")
				.param("communes", communeIds).param("from", start).param("to", end)
				.query((rs, i) -> {
					recipients.add(rs.getLong("commune_id"), null, rs.getLong("recipients"));
					return delivered.add(rs.getLong("commune_id"), null, rs.getLong("delivered"));
				})
				.list();
			// household texts count when the SMS centre accepted them (the outbox row is SENT), never when
			// they were only queued, failed, or not sent for want of a real adapter
			jdbc.sql("""
					select commune_id, count(*) as n from broadcast_outbox
					where status = 'SENT' and created_at >= :from and created_at < :to and commune_id in (:communes)
					group by commune_id""")
				.param("communes", communeIds).param("from", start).param("to", end)
				.query((rs, i) -> delivered.add(rs.getLong("commune_id"), null, rs.getLong("n")))
				.list();
		}
		return Map.of(PUBLISHED, published.build(), RECIPIENTS, recipients.build(), DELIVERED, delivered.build());
	}

}
