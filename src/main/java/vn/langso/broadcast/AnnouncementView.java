package vn.langso.broadcast;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** An announcement as pages, feeds and other modules see it. */
public record AnnouncementView(long id, long communeId, String title, String body, Urgency urgency, Set<Channel> channels,
		List<Long> villageIds, String audioFile, String audioSource, boolean published, Instant scheduledAt,
		Instant publishedAt, Instant expiresAt, String capEvent, String author, Instant createdAt) {

	public String reference() {
		return "announcement:" + id;
	}

	public boolean emergency() {
		return urgency == Urgency.EMERGENCY;
	}

}
