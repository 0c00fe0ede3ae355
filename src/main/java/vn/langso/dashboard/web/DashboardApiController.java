package vn.langso.dashboard.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.langso.dashboard.Dashboards;
import vn.langso.dashboard.DefinitionRefused;
import vn.langso.dashboard.IndicatorForm;
import vn.langso.dashboard.IndicatorRefresher;
import vn.langso.dashboard.IndicatorValue;
import vn.langso.dashboard.IndicatorView;
import vn.langso.dashboard.Indicators;
import vn.langso.dashboard.SourceView;
import vn.langso.dashboard.Sources;
import vn.langso.identity.AreaLevel;
import vn.langso.identity.AreaView;
import vn.langso.identity.Areas;
import vn.langso.identity.CurrentUser;

/** Indicator definitions and a commune's values as JSON; definitions written by administrators. */
@RestController
class DashboardApiController {

	/** One indicator's value as the API shows it. */
	record ValueJson(String code, String name, String pillar, String component, String period, long numerator,
			long denominator, int factor, Double value, BigDecimal target, String status, String legalSource) {

		static ValueJson of(IndicatorValue v, Locale locale) {
			IndicatorView i = v.indicator();
			return new ValueJson(i.code(), i.name(locale), i.pillar().name(), i.component().name(), v.period().code(),
					v.numerator(), v.denominator(), i.factor(), v.value(), i.target(), v.rag().name(), i.legalSource());
		}
	}

	private final Indicators indicators;

	private final IndicatorRefresher refresher;

	private final Dashboards dashboards;

	private final Sources sources;

	private final Areas areas;

	private final MessageSource messages;

	private final Clock clock;

	private final Validator validator;

	DashboardApiController(Indicators indicators, IndicatorRefresher refresher, Dashboards dashboards, Sources sources,
			Areas areas, MessageSource messages, Clock clock, Validator validator) {
		this.validator = validator;
		this.indicators = indicators;
		this.refresher = refresher;
		this.dashboards = dashboards;
		this.sources = sources;
		this.areas = areas;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/api/v1/dashboard/indicators")
	@Operation(summary = "Every indicator definition (numerator, denominator, factor, period, level, target, legal source)")
	List<IndicatorView> definitions() {
		return indicators.all();
	}

	@GetMapping("/api/v1/dashboard/sources")
	@Operation(summary = "The figures an indicator may use as numerator or denominator")
	List<SourceView> sources() {
		return sources.all();
	}

	@PutMapping("/api/v1/dashboard/indicators/{code}")
	@PreAuthorize(DashboardRoles.CHANGE_DEFINITIONS)
	@Operation(summary = "Create or replace an indicator definition (administrators); refused with problem+json when it cannot be computed")
	IndicatorView save(CurrentUser user, @PathVariable String code, @RequestBody IndicatorForm form) {
		IndicatorForm named = new IndicatorForm(code, form.nameVi(), form.nameEn(), form.pillar(), form.component(),
				form.numerator(), form.denominator(), form.factor(), form.periodType(), form.level(), form.target(),
				form.legalSource());
		Set<ConstraintViolation<IndicatorForm>> violations = validator.validate(named);
		if (!violations.isEmpty()) {
			throw new InvalidDefinition(violations);
		}
		IndicatorView saved = indicators.save(user, named);
		refresher.refresh(saved.code());
		return saved;
	}

	@GetMapping("/api/v1/communes/{slug}/indicators")
	@Operation(summary = "A commune's indicator values for a month (?ky=2026-11, default the current one)")
	List<ValueJson> ofCommune(@PathVariable String slug, @RequestParam(name = "ky", required = false) String ky,
			Locale locale) {
		AreaView commune = areas.communeBySlug(slug);
		return dashboards.of(AreaLevel.COMMUNE, commune.id(), Months.month(ky, clock)).stream()
			.map(v -> ValueJson.of(v, locale))
			.toList();
	}

	@ExceptionHandler(InvalidDefinition.class)
	ProblemDetail invalid(InvalidDefinition ex, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
		problem.setTitle(messages.getMessage("error.400.title", null, "Bad request", locale));
		problem.setDetail(messages.getMessage("error.400.fields", null, "Invalid fields", locale));
		problem.setProperty("errors", ex.violations.stream()
			.sorted(java.util.Comparator.comparing(v -> v.getPropertyPath().toString()))
			.map(v -> Map.of("field", v.getPropertyPath().toString(), "message", v.getMessage()))
			.toList());
		return problem;
	}

	/** Bean-validation failures of a definition sent to the API. */
	static final class InvalidDefinition extends RuntimeException {

		private final transient Set<ConstraintViolation<IndicatorForm>> violations;

		InvalidDefinition(Set<ConstraintViolation<IndicatorForm>> violations) {
			super("invalid indicator definition");
			this.violations = violations;
		}

	}

	@ExceptionHandler(DefinitionRefused.class)
	ProblemDetail refused(DefinitionRefused ex, Locale locale) {
		String message = messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale);
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
		problem.setTitle(messages.getMessage("error.400.title", null, "Bad request", locale));
		problem.setDetail(message);
		problem.setProperty("errors", List.of(Map.of("field", ex.field(), "message", message)));
		return problem;
	}

}
