package vn.langso.feedback;

import java.time.Instant;

public record NotificationView(long id, long reportId, String message, Instant createdAt, boolean seen) {
}
