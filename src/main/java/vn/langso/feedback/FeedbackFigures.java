package vn.langso.feedback;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.langso.shared.AreaCounts;

/**
 * Aggregate feedback figures by commune and village for a time window, for the dashboard: reports
 * received, reports due (answered, or past their deadline) and reports answered by their deadline
 * (the PAKN on-time rate of QĐ 766). The deadline is a Vietnamese calendar date.
 */
@Service
@Transactional(readOnly = true)
public class FeedbackFigures {

	public static final String RECEIVED = "received", DUE = "due", ANSWERED_ON_TIME = "answered-on-time";

	private final JdbcClient jdbc;

	private final Clock clock;

	FeedbackFigures(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public Map<String, AreaCounts> figures(Collection<Long> communeIds, Instant from, Instant to) {
		AreaCounts.Builder received = new AreaCounts.Builder();
		AreaCounts.Builder due = new AreaCounts.Builder();
		AreaCounts.Builder onTime = new AreaCounts.Builder();
		LocalDate today = LocalDate.now(clock);
		if (!communeIds.isEmpty()) {
			jdbc.sql("""
					select commune_id, village_id, deadline, answered_at from feedback_report
					where created_at >= :from and created_at < :to and commune_id in (:communes)""")
				.param("communes", communeIds)
				.param("from", OffsetDateTime.ofInstant(from, ZoneOffset.UTC))
				.param("to", OffsetDateTime.ofInstant(to, ZoneOffset.UTC))
				.query((rs, i) -> {
					long commune = rs.getLong("commune_id");
					Long village = rs.getObject("village_id") == null ? null : rs.getLong("village_id");
					java.sql.Date deadlineValue = rs.getDate("deadline");
					LocalDate deadline = deadlineValue == null ? null : deadlineValue.toLocalDate();
					Timestamp answered = rs.getTimestamp("answered_at");
					received.add(commune, village, 1);
					if (deadline != null && (answered != null || deadline.isBefore(today))) {
						due.add(commune, village, 1);
						if (answered != null
								&& !answered.toInstant().atZone(clock.getZone()).toLocalDate().isAfter(deadline)) {
							onTime.add(commune, village, 1);
						}
					}
					return null;
				})
				.list();
		}
		return Map.of(RECEIVED, received.build(), DUE, due.build(), ANSWERED_ON_TIME, onTime.build());
	}

}
