package vn.langso.feedback;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A report as anyone may see it: no phone, and the reporter's name only when they chose to show it
 * ({@code publicName}). Staff read the reporter through {@link ReporterView}, which is audited.
 */
public record ReportView(long id, long communeId, String trackingCode, String serviceCode, String categoryName,
		Long villageId, String villageName, String description, Double latitude, Double longitude, String address,
		ReportStatus status, String source, String publicName, boolean photosPublic, Long assigneeAccountId,
		String assigneeName, LocalDate deadline, boolean overdue, String answer, String answeredBy, Integer rating,
		String ratingComment, Instant createdAt, Instant updatedAt, Instant answeredAt, Instant closedAt,
		Instant escalatedAt) {
}
