package vn.langso.broadcast;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.langso.identity.DeliveryResult;
import vn.langso.identity.MessageChannel;
import vn.langso.identity.MessageGateway;
import vn.langso.identity.OutboundMessage;

/**
 * Sends what the {@link Outbox} holds, in batches: reads up to {@code batch} due rows in id order, hands
 * each message to the gateway, then marks the batch with two statements (sent; failed with the next
 * attempt, or failed for good after {@code maxAttempts}). A row is marked only after the gateway
 * answered, so a crash or restart in between sends that batch again (at least once, never lost). One
 * node at a time runs it (ShedLock).
 */
@Component
class OutboxDispatcher {

	private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

	private final JdbcClient jdbc;

	private final MessageGateway gateway;

	private final Clock clock;

	private final int batch;

	private final int maxAttempts;

	private final Duration retryAfter;

	OutboxDispatcher(JdbcClient jdbc, MessageGateway gateway, Clock clock,
			@Value("${langso.broadcast.outbox-batch:500}") int batch,
			@Value("${langso.broadcast.outbox-max-attempts:5}") int maxAttempts,
			@Value("${langso.broadcast.outbox-retry-after:PT1M}") Duration retryAfter) {
		this.jdbc = jdbc;
		this.gateway = gateway;
		this.clock = clock;
		this.batch = batch;
		this.maxAttempts = maxAttempts;
		this.retryAfter = retryAfter;
	}

	@SchedulerLock(name = "broadcast-outbox", lockAtMostFor = "PT10M")
	@Scheduled(fixedDelayString = "${langso.broadcast.outbox-interval-millis:1000}",
			initialDelayString = "${langso.broadcast.outbox-interval-millis:1000}")
	void run() {
		try {
			dispatchDue(clock.instant());
		}
		catch (RuntimeException failure) {
			log.error("Outbox dispatch failed", failure);
		}
	}

	private record Row(long id, long announcementId, String channel, String address, int attempts) {
	}

	/** Sends every message due at {@code now}; returns how many the gateway accepted (not those it did not send). */
	int dispatchDue(Instant now) {
		OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
		Map<Long, String[]> texts = new HashMap<>();
		long after = 0;
		int accepted = 0;
		while (true) {
			List<Row> rows = jdbc.sql("""
					select id, announcement_id, channel, address, attempts from broadcast_outbox
					 where status = 'PENDING' and id > ? and next_attempt_at <= ?
					 order by id fetch first %d rows only""".formatted(batch))
				.params(after, at)
				.query((rs, n) -> new Row(rs.getLong("id"), rs.getLong("announcement_id"), rs.getString("channel"),
						rs.getString("address"), rs.getInt("attempts")))
				.list();
			if (rows.isEmpty()) {
				return accepted;
			}
			List<Long> sent = new ArrayList<>(rows.size());
			List<Long> notSent = new ArrayList<>();
			List<Row> failed = new ArrayList<>();
			List<String> errors = new ArrayList<>();
			for (Row row : rows) {
				String[] text = texts.computeIfAbsent(row.announcementId(), this::text);
				DeliveryResult result;
				try {
					result = gateway.send(new OutboundMessage(MessageChannel.valueOf(row.channel()), row.address(),
							text[0], text[1]));
				}
				catch (RuntimeException failure) {
					result = DeliveryResult.failed(String.valueOf(failure.getMessage()));
				}
				String error = result.detail().isBlank() ? "refused by the gateway" : result.detail();
				if (result.isAccepted()) {
					sent.add(row.id());
				}
				else if (result.status() == DeliveryResult.Status.NOT_SENT) {
					notSent.add(row.id());
				}
				else {
					failed.add(row);
					errors.add(error.length() > 200 ? error.substring(0, 200) : error);
				}
			}
			mark(sent, failed, errors, now);
			markNotSent(notSent, now);
			accepted += sent.size();
			after = rows.getLast().id();
		}
	}

	/** Messages no real adapter took: final, so a queue never fills up with texts that cannot leave. */
	private void markNotSent(List<Long> ids, Instant now) {
		if (!ids.isEmpty()) {
			jdbc.sql("update broadcast_outbox set status = :status, attempts = attempts + 1, last_error = :why"
					+ " where id in (:ids) and status = 'PENDING'")
				.param("status", Outbox.NOT_SENT).param("why", "no real SMS adapter configured").param("ids", ids).update();
			log.warn("Outbox: {} household messages NOT SENT: no real SMS adapter configured (langso.messaging.sms)", ids.size());
		}
	}

	private void mark(List<Long> sent, List<Row> failed, List<String> errors, Instant now) {
		OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
		if (!sent.isEmpty()) {
			jdbc.sql("update broadcast_outbox set status = 'SENT', attempts = attempts + 1, sent_at = :at, last_error = null"
					+ " where id in (:ids) and status = 'PENDING'")
				.param("at", at).param("ids", sent).update();
		}
		int givenUp = 0;
		for (int i = 0; i < failed.size(); i++) {
			Row row = failed.get(i);
			int attempts = row.attempts() + 1;
			boolean last = attempts >= maxAttempts;
			jdbc.sql("update broadcast_outbox set status = :status, attempts = :attempts, last_error = :error,"
					+ " next_attempt_at = :next where id = :id and status = 'PENDING'")
				.param("status", last ? Outbox.FAILED : Outbox.PENDING)
				.param("attempts", attempts)
				.param("error", errors.get(i))
				.param("next", OffsetDateTime.ofInstant(now.plus(retryAfter.multipliedBy(attempts)), ZoneOffset.UTC))
				.param("id", row.id())
				.update();
			givenUp += last ? 1 : 0;
		}
		if (!failed.isEmpty()) {
			log.warn("Outbox: {} of {} messages not accepted by the gateway ({} given up), first error: {}", failed.size(),
					sent.size() + failed.size(), givenUp, errors.getFirst());
		}
	}

	/** The subject and SMS text of an announcement: its title, then its text, within 300 characters. */
	private String[] text(long announcementId) {
		return jdbc.sql("select title, body from broadcast_announcement where id = ?").param(announcementId)
			.query((rs, n) -> new String[] { rs.getString("title"), shorten(rs.getString("title") + ": " + rs.getString("body"), 300) })
			.optional()
			.orElse(new String[] { "", "" });
	}

	private static String shorten(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}

}
