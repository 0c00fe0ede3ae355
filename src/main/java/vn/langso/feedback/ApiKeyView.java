package vn.langso.feedback;

import java.time.Instant;

public record ApiKeyView(long id, long communeId, String name, String keyPrefix, Instant createdAt, String createdBy,
		boolean revoked) {
}
