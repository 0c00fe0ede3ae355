package vn.langso.dashboard.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.langso.dashboard.Comparison;
import vn.langso.dashboard.Dashboards;
import vn.langso.dashboard.IndicatorRefresher;
import vn.langso.dashboard.IndicatorValue;
import vn.langso.dashboard.PeriodType;
import vn.langso.identity.AreaLevel;
import vn.langso.identity.AreaView;
import vn.langso.identity.Areas;
import vn.langso.identity.CommuneAccess;
import vn.langso.identity.CurrentUser;
import vn.langso.identity.Role;

/**
 * The staff dashboard of one commune (every indicator, its history against the target, the villages
 * compared) and the public transparency page of the same figures.
 */
@Controller
class DashboardController {

	private final Dashboards dashboards;

	private final IndicatorRefresher refresher;

	private final Areas areas;

	private final CommuneAccess access;

	private final Clock clock;

	DashboardController(Dashboards dashboards, IndicatorRefresher refresher, Areas areas, CommuneAccess access,
			Clock clock) {
		this.dashboards = dashboards;
		this.refresher = refresher;
		this.areas = areas;
		this.access = access;
		this.clock = clock;
	}

	@GetMapping("/staff/chi-so")
	String staff(CurrentUser user, @RequestParam(required = false) Long commune,
			@RequestParam(name = "ky", required = false) String ky, Locale locale, Model model) {
		long communeId = access.communeFor(user, commune);
		AreaView area = areas.commune(communeId);
		LocalDate month = Months.month(ky, clock);
		commune(model, area, month, locale);
		List<AreaView> villages = areas.childrenOf(communeId);
		Comparison comparison = dashboards.compare(AreaLevel.VILLAGE, villages, month);
		model.addAttribute("villages", comparison);
		Map<String, String> villageCharts = new LinkedHashMap<>();
		List<String> names = villages.stream().map(AreaView::name).toList();
		comparison.rows().forEach(row -> villageCharts.put(row.indicator().code(),
				Charts.bars(row.indicator(), names, row.values(), row.indicator().name(locale), locale)));
		model.addAttribute("villageCharts", villageCharts);
		model.addAttribute("communes", user.isProvinceWide() ? communesOf(user.provinceId()) : List.of());
		model.addAttribute("refreshed", dashboards.refreshed());
		model.addAttribute("mayRefresh", user.hasAny(Role.ADMINISTRATOR, Role.COMMUNE_LEADER, Role.PROVINCE_OVERSEER));
		return "dashboard/staff";
	}

	@PostMapping("/staff/chi-so/lam-moi")
	@PreAuthorize(DashboardRoles.REFRESH)
	String refresh(CurrentUser user, @RequestParam(required = false) Long commune, RedirectAttributes redirect) {
		long communeId = access.communeFor(user, commune);
		IndicatorRefresher.Summary summary = refresher.refreshAll();
		redirect.addFlashAttribute("refreshedRows", summary.rows());
		return "redirect:/staff/chi-so?commune=" + communeId;
	}

	@GetMapping("/xa/{slug}/chi-so")
	String publicPage(@PathVariable String slug, @RequestParam(name = "ky", required = false) String ky, Locale locale,
			Model model) {
		AreaView area = areas.communeBySlug(slug);
		commune(model, area, Months.month(ky, clock), locale);
		return "dashboard/public";
	}

	private void commune(Model model, AreaView commune, LocalDate month, Locale locale) {
		List<IndicatorValue> values = dashboards.of(AreaLevel.COMMUNE, commune.id(), month);
		Map<String, List<IndicatorValue>> history = dashboards.history(AreaLevel.COMMUNE, commune.id(), month);
		Map<String, String> charts = new LinkedHashMap<>();
		values.forEach(v -> charts.put(v.indicator().code(), Charts.line(v.indicator(),
				history.getOrDefault(v.indicator().code(), List.of()), v.indicator().name(locale), locale)));
		model.addAttribute("commune", commune);
		model.addAttribute("month", month);
		model.addAttribute("period", PeriodType.MONTH.containing(month));
		model.addAttribute("values", values);
		model.addAttribute("charts", charts);
	}

	private List<AreaView> communesOf(long provinceId) {
		return areas.childrenOf(provinceId).stream().filter(a -> a.level() == AreaLevel.COMMUNE).toList();
	}

}
