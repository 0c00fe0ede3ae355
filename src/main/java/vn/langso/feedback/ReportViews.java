package vn.langso.feedback;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import vn.langso.identity.AreaLevel;
import vn.langso.identity.Areas;

/**
 * Turns reports into views with their category and village names: one category and one village
 * query per commune in the list, not per report.
 */
@Component
class ReportViews {

	private static final CategoryView UNKNOWN_CATEGORY = new CategoryView(0, 0, "?", "?", null, null, 1, false, 0);

	private final CategoryRepository categories;

	private final Areas areas;

	private final Clock clock;

	ReportViews(CategoryRepository categories, Areas areas, Clock clock) {
		this.categories = categories;
		this.areas = areas;
		this.clock = clock;
	}

	ReportView view(Report report) {
		return views(List.of(report)).getFirst();
	}

	List<ReportView> views(List<Report> list) {
		if (list.isEmpty()) {
			return List.of();
		}
		Map<Long, CategoryView> byId = new HashMap<>();
		Map<Long, String> villages = new HashMap<>();
		list.stream().map(Report::communeId).distinct().forEach(commune -> {
			categories.findByCommuneIdOrderBySortOrderAscNameAsc(commune).forEach(c -> byId.put(c.id(), c.view()));
			areas.childrenOf(commune).stream().filter(a -> a.level() == AreaLevel.VILLAGE)
				.forEach(v -> villages.put(v.id(), v.name()));
		});
		LocalDate today = LocalDate.now(clock);
		return list.stream()
			.map(r -> r.view(byId.getOrDefault(r.categoryId(), UNKNOWN_CATEGORY), villages.get(r.villageId()), today))
			.toList();
	}

}
