package vn.langso.dossier;

import java.time.Instant;

public record NotificationView(long dossierId, Instant at, String message, String channels) {
}
