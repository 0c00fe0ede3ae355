package vn.langso.feedback;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A report as Open311 publishes it: only public fields, the answer as status notes and the first
 * published photo (null while staff have not checked the photos for faces and number plates).
 */
public record ServiceRequestView(long id, String serviceCode, String serviceName, String description,
		ReportStatus status, String statusNotes, Instant requestedAt, Instant updatedAt, LocalDate deadline,
		String address, Double latitude, Double longitude, Long publicPhotoId) {
}
