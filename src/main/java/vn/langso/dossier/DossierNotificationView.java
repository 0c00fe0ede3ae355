package vn.langso.dossier;

import java.time.Instant;

public record DossierNotificationView(long dossierId, Instant at, String message, String channels) {
}
