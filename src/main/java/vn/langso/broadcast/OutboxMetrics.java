package vn.langso.broadcast;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code langso.outbox.backlog}: household texts waiting in the outbox (pending, due or retrying), read
 * from the database at each scrape so every node reports the shared queue. A backlog that only grows
 * means the SMS centre is down or slower than the announcements.
 */
@Component
class OutboxMetrics {

	OutboxMetrics(MeterRegistry meters, JdbcClient jdbc) {
		Gauge.builder("langso.outbox.backlog", jdbc, OutboxMetrics::pending)
			.description("household messages waiting in the broadcast outbox").register(meters);
	}

	private static double pending(JdbcClient jdbc) {
		return jdbc.sql("select count(*) from broadcast_outbox where status = ?").param(Outbox.PENDING).query(Long.class).single();
	}

}
