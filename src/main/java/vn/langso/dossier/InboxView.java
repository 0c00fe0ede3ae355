package vn.langso.dossier;

import java.util.List;
import java.util.Map;

/** One page of an official's inbox with the counts of each filter and of each procedure. */
public record InboxView(List<DossierView> dossiers, long total, int page, int pages, Map<InboxFilter, Long> counts,
		Map<String, Long> byProcedure) {
}
