package vn.langso.dashboard.web;

import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.langso.dashboard.DefinitionRefused;
import vn.langso.dashboard.IndicatorForm;
import vn.langso.dashboard.IndicatorRefresher;
import vn.langso.dashboard.IndicatorView;
import vn.langso.dashboard.Indicators;
import vn.langso.dashboard.PeriodType;
import vn.langso.dashboard.Pillar;
import vn.langso.dashboard.Sources;
import vn.langso.dashboard.VillageComponent;
import vn.langso.identity.AreaLevel;
import vn.langso.identity.CurrentUser;

/** Administrators define the indicators: every change checked before it is saved, then computed. */
@Controller
@PreAuthorize(DashboardRoles.DEFINITIONS)
class DefinitionsController {

	private final Indicators indicators;

	private final IndicatorRefresher refresher;

	private final Sources sources;

	DefinitionsController(Indicators indicators, IndicatorRefresher refresher, Sources sources) {
		this.indicators = indicators;
		this.refresher = refresher;
		this.sources = sources;
	}

	@GetMapping("/staff/chi-so/dinh-nghia")
	String list(Model model) {
		model.addAttribute("indicators", indicators.all());
		model.addAttribute("sources", sources.all());
		return "dashboard/definitions";
	}

	@GetMapping("/staff/chi-so/dinh-nghia/moi")
	String create(Model model) {
		return form(model, IndicatorForm.blank(), true);
	}

	@GetMapping("/staff/chi-so/dinh-nghia/{code}")
	String edit(@PathVariable String code, Model model) {
		IndicatorView indicator = indicators.get(code);
		return form(model, indicator.form(), false);
	}

	@PostMapping("/staff/chi-so/dinh-nghia")
	@PreAuthorize(DashboardRoles.CHANGE_DEFINITIONS)
	String save(CurrentUser user, @Valid @ModelAttribute("form") IndicatorForm form, BindingResult errors,
			@org.springframework.web.bind.annotation.RequestParam(defaultValue = "false") boolean creating, Model model,
			RedirectAttributes redirect) {
		if (creating && !errors.hasFieldErrors("code") && indicators.find(form.code()).isPresent()) {
			errors.rejectValue("code", "dashboard.definition.code.taken");
		}
		if (!errors.hasErrors()) {
			try {
				IndicatorView saved = indicators.save(user, form);
				refresher.refresh(saved.code());
				redirect.addFlashAttribute("saved", saved.code());
				return "redirect:/staff/chi-so/dinh-nghia";
			}
			catch (DefinitionRefused refused) {
				errors.rejectValue(refused.field(), refused.messageKey(), refused.arguments(), refused.messageKey());
			}
		}
		return form(model, form, creating);
	}

	private String form(Model model, IndicatorForm form, boolean creating) {
		model.addAttribute("form", form);
		model.addAttribute("creating", creating);
		model.addAttribute("sources", sources.all());
		model.addAttribute("pillars", Pillar.values());
		model.addAttribute("components", VillageComponent.values());
		model.addAttribute("periodTypes", PeriodType.values());
		model.addAttribute("levels", new AreaLevel[] { AreaLevel.VILLAGE, AreaLevel.COMMUNE });
		return "dashboard/definition";
	}

}
