package vn.langso.dashboard.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.langso.dashboard.Comparison;
import vn.langso.dashboard.IndicatorWorkbooks;
import vn.langso.dashboard.Dashboards;
import vn.langso.identity.AreaLevel;
import vn.langso.identity.AreaView;
import vn.langso.identity.Areas;
import vn.langso.identity.CurrentUser;
import vn.langso.shared.NotFoundException;

/**
 * The province overseer's page: three communes of the province side by side (chosen on the page), and
 * every commune counted red / amber / green on each indicator. Reads only the reporting store.
 */
@Controller
@PreAuthorize(DashboardRoles.PROVINCE)
class ProvinceController {

	static final int COMPARED = 3;

	private final Dashboards dashboards;

	private final IndicatorWorkbooks workbooks;

	private final Areas areas;

	private final Clock clock;

	ProvinceController(Dashboards dashboards, IndicatorWorkbooks workbooks, Areas areas, Clock clock) {
		this.dashboards = dashboards;
		this.workbooks = workbooks;
		this.areas = areas;
		this.clock = clock;
	}

	@GetMapping("/staff/chi-so/tinh")
	String province(CurrentUser user, @RequestParam(name = "xa", required = false) List<Long> chosen,
			@RequestParam(name = "ky", required = false) String ky, Locale locale, Model model) {
		AreaView province = areas.byId(user.provinceId()).orElseThrow(() -> new NotFoundException("province"));
		List<AreaView> communes = communes(province.id());
		LocalDate month = Months.month(ky, clock);
		List<AreaView> compared = chosen(communes, chosen);
		if (chosen != null && chosen.size() != Math.min(COMPARED, communes.size())) {
			model.addAttribute("chosenCount", chosen.size());
		}
		Comparison comparison = dashboards.compare(AreaLevel.COMMUNE, compared, month);
		List<String> names = compared.stream().map(AreaView::name).toList();
		Map<String, String> charts = new LinkedHashMap<>();
		comparison.rows().forEach(row -> charts.put(row.indicator().code(),
				Charts.bars(row.indicator(), names, row.values(), row.indicator().name(locale), locale)));
		model.addAttribute("province", province);
		model.addAttribute("communes", communes);
		model.addAttribute("compared", compared);
		model.addAttribute("comparedIds", compared.stream().map(AreaView::id).toList());
		model.addAttribute("comparison", comparison);
		model.addAttribute("charts", charts);
		model.addAttribute("summary", dashboards.province(province.id(), month));
		model.addAttribute("month", month);
		return "dashboard/province";
	}

	@GetMapping("/staff/chi-so/tinh/chi-so.xlsx")
	ResponseEntity<byte[]> xlsx(CurrentUser user, @RequestParam(name = "xa", required = false) List<Long> chosen,
			@RequestParam(name = "ky", required = false) String ky, Locale locale) {
		AreaView province = areas.byId(user.provinceId()).orElseThrow(() -> new NotFoundException("province"));
		LocalDate month = Months.month(ky, clock);
		List<AreaView> compared = chosen(communes(province.id()), chosen);
		return ReportController.file(workbooks.province(province.id(), compared, month, locale),
				ReportController.XLSX, "chi-so-" + (province.slug() != null ? province.slug() : province.code()) + "-"
						+ ReportController.code(month) + ".xlsx");
	}

	private List<AreaView> communes(long provinceId) {
		return areas.childrenOf(provinceId).stream().filter(a -> a.level() == AreaLevel.COMMUNE).toList();
	}

	/** The communes asked for, in the province only (another province's commune is a 404); else the first three. */
	private static List<AreaView> chosen(List<AreaView> communes, List<Long> chosen) {
		if (chosen == null || chosen.isEmpty() || chosen.size() > COMPARED) {
			return communes.stream().limit(COMPARED).toList();
		}
		List<AreaView> result = new ArrayList<>();
		for (Long id : chosen) {
			result.add(communes.stream().filter(c -> c.id() == id).findFirst()
				.orElseThrow(() -> new NotFoundException("commune " + id)));
		}
		return result;
	}

}
