package vn.langso.economy;

import java.time.Instant;

public record CaptureJobView(long id, String status, int eventCount, Instant createdAt, Instant finishedAt) {

	public boolean running() {
		return "RUNNING".equals(status);
	}

}
