package vn.langso.dossier;

import java.time.Instant;

/** One line of a dossier's history; {@code actorName} and {@code comment} are null on public pages. */
public record HistoryView(Instant at, String actorName, String action, DossierStatus from, DossierStatus to,
		String comment) {
}
