package vn.langso.dossier;

import java.time.LocalDate;
import java.util.List;

/** What the public status lookup shows with the right secret: no names, no numbers of the applicant. */
public record TrackingView(String code, String procedureName, String communeName, DossierStatus status,
		LocalDate dueDate, boolean overdue, List<HistoryView> history) {
}
