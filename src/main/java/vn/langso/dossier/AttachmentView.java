package vn.langso.dossier;

import java.time.Instant;

public record AttachmentView(long id, String documentKey, String fileName, String contentType, long sizeBytes,
		Instant uploadedAt) {
}
