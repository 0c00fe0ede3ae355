package vn.langso.feedback;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.langso.identity.AreaView;
import vn.langso.identity.Areas;
import vn.langso.identity.CommuneAccess;
import vn.langso.identity.CurrentUser;

/**
 * Statistics of a commune's reports per category and per village: count, answered, median hours to
 * the first answer, share answered on time and the average rating.
 */
@Service
@Transactional(readOnly = true)
public class ReportStatistics {

	// grouping needs no category details, only the report's own figures
	private static final CategoryView UNKNOWN_CATEGORY = new CategoryView(0, 0, "?", "?", null, null, 1, false, 0);

	private final ReportRepository reports;

	private final CategoryRepository categories;

	private final Areas areas;

	private final CommuneAccess access;

	private final Clock clock;

	ReportStatistics(ReportRepository reports, CategoryRepository categories, Areas areas, CommuneAccess access,
			Clock clock) {
		this.reports = reports;
		this.categories = categories;
		this.areas = areas;
		this.access = access;
		this.clock = clock;
	}

	public Map<String, List<StatisticsRow>> statistics(CurrentUser user, long communeId) {
		access.require(user, communeId);
		List<Report> all = reports.findByCommuneId(communeId);
		Map<Long, String> categoryNames = categories.findByCommuneIdOrderBySortOrderAscNameAsc(communeId).stream()
			.collect(Collectors.toMap(Category::id, c -> c.view().name()));
		Map<Long, String> villageNames = areas.childrenOf(communeId).stream()
			.collect(Collectors.toMap(AreaView::id, AreaView::name));
		Map<String, List<StatisticsRow>> result = new java.util.LinkedHashMap<>();
		result.put("category", rows(all, r -> categoryNames.getOrDefault(r.categoryId(), "?")));
		result.put("village", rows(all, r -> r.villageId() == null ? "—" : villageNames.getOrDefault(r.villageId(), "?")));
		return result;
	}

	private List<StatisticsRow> rows(List<Report> all, Function<Report, String> key) {
		Map<String, List<ReportView>> groups = new java.util.TreeMap<>();
		LocalDate today = LocalDate.now(clock);
		for (Report report : all) {
			groups.computeIfAbsent(key.apply(report), k -> new ArrayList<>()).add(report.view(UNKNOWN_CATEGORY, null, today));
		}
		return groups.entrySet().stream().map(e -> statisticsOf(e.getKey(), e.getValue())).toList();
	}

	static StatisticsRow statisticsOf(String label, Collection<ReportView> group) {
		List<Double> hours = group.stream().filter(r -> r.answeredAt() != null)
			.map(r -> Duration.between(r.createdAt(), r.answeredAt()).toMinutes() / 60.0)
			.sorted()
			.toList();
		Double median = null;
		if (!hours.isEmpty()) {
			int n = hours.size();
			median = n % 2 == 1 ? hours.get(n / 2) : (hours.get(n / 2 - 1) + hours.get(n / 2)) / 2;
		}
		List<ReportView> withDeadline = group.stream().filter(r -> r.answeredAt() != null && r.deadline() != null).toList();
		Double onTime = withDeadline.isEmpty() ? null
				: withDeadline.stream()
					.filter(r -> !r.answeredAt().atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate().isAfter(r.deadline()))
					.count() / (double) withDeadline.size();
		List<Integer> ratings = group.stream().map(ReportView::rating).filter(Objects::nonNull).toList();
		Double rating = ratings.isEmpty() ? null : ratings.stream().mapToInt(Integer::intValue).average().orElse(0);
		return new StatisticsRow(label, group.size(), hours.size(), median, onTime, rating, ratings.size());
	}

}
