package vn.langso.broadcast;

/** Where an announcement's household messages stand in the outbox. */
public record OutboxCounts(long pending, long sent, long failed) {

	public long total() {
		return pending + sent + failed;
	}

}
