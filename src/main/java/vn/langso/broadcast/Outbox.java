package vn.langso.broadcast;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.langso.community.HouseholdPhone;
import vn.langso.community.HouseholdPhones;
import vn.langso.identity.MessageChannel;

/**
 * Household notifications waiting to be sent: one row per targeted household that has a phone (from
 * the community register), written in one transaction with multi-row inserts; the
 * {@link OutboxDispatcher} sends them through the identity message gateway. Enqueuing the same
 * announcement twice adds nothing (unique per announcement, household and channel).
 */
@Component
class Outbox {

	static final String PENDING = "PENDING";

	static final String SENT = "SENT";

	static final String FAILED = "FAILED";

	/** No real adapter for the channel: recorded, never retried, never counted as reach. */
	static final String NOT_SENT = "NOT_SENT";

	private static final int ROWS_PER_INSERT = 500;

	private final HouseholdPhones phones;

	private final JdbcClient jdbc;

	Outbox(HouseholdPhones phones, JdbcClient jdbc) {
		this.phones = phones;
		this.jdbc = jdbc;
	}

	/** Queues one SMS per household of the announcement's villages; returns how many are queued for it. */
	@Transactional
	public int enqueue(AnnouncementView announcement, Instant now) {
		long already = jdbc.sql("select count(*) from broadcast_outbox where announcement_id = ?")
			.param(announcement.id()).query(Long.class).single();
		if (already > 0) {
			return (int) already;
		}
		List<HouseholdPhone> households = phones.of(announcement.communeId(), announcement.villageIds());
		OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
		for (int from = 0; from < households.size(); from += ROWS_PER_INSERT) {
			List<HouseholdPhone> chunk = households.subList(from, Math.min(households.size(), from + ROWS_PER_INSERT));
			StringBuilder sql = new StringBuilder("""
					insert into broadcast_outbox (commune_id, announcement_id, household_id, channel, address, status,
					    attempts, next_attempt_at, created_at) values """);
			List<Object> params = new ArrayList<>(chunk.size() * 9);
			for (int i = 0; i < chunk.size(); i++) {
				sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, 0, ?, ?)");
				HouseholdPhone household = chunk.get(i);
				params.add(announcement.communeId());
				params.add(announcement.id());
				params.add(household.householdId());
				params.add(MessageChannel.SMS.name());
				params.add(household.phone());
				params.add(PENDING);
				params.add(at);
				params.add(at);
			}
			jdbc.sql(sql.toString()).params(params).update();
		}
		return households.size();
	}

	@Transactional(readOnly = true)
	public OutboxCounts counts(long announcementId) {
		long[] counts = new long[4];
		jdbc.sql("select status, count(*) as n from broadcast_outbox where announcement_id = ? group by status")
			.param(announcementId)
			.query(rs -> {
				switch (rs.getString("status")) {
					case PENDING -> counts[0] = rs.getLong("n");
					case SENT -> counts[1] = rs.getLong("n");
					case NOT_SENT -> counts[3] = rs.getLong("n");
					default -> counts[2] += rs.getLong("n");
				}
			});
		return new OutboxCounts(counts[0], counts[1], counts[2], counts[3]);
	}

}
