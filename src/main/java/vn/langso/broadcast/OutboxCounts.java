package vn.langso.broadcast;

/**
 * Where an announcement's household messages stand in the outbox: waiting, accepted by the SMS centre,
 * failed for good, and not sent because no real SMS adapter is configured.
 */
public record OutboxCounts(long pending, long sent, long failed, long notSent) {

	public long total() {
		return pending + sent + failed + notSent;
	}

}
