package vn.langso.identity.web;

import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.langso.identity.Role;
import vn.langso.identity.AreaAdministration;
import vn.langso.identity.AreaForm;
import vn.langso.identity.AreaLevel;
import vn.langso.identity.AreaView;
import vn.langso.identity.Areas;
import vn.langso.identity.CommuneAccess;
import vn.langso.identity.CurrentUser;
import vn.langso.shared.ConflictException;

/** Administrators keep the list of communes (province) and villages (commune) of the deployment. */
@Controller
@RequestMapping("/staff/don-vi")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class AreaAdminController {

	private final Areas areas;

	private final AreaAdministration administration;

	private final CommuneAccess access;

	AreaAdminController(Areas areas, AreaAdministration administration, CommuneAccess access) {
		this.areas = areas;
		this.administration = administration;
		this.access = access;
	}

	@GetMapping
	String list(CurrentUser admin, Model model) {
		model.addAttribute("communes", areas.communes().stream().filter(c -> access.mayAccess(admin, c.id())).toList());
		model.addAttribute("villages", areas.all().stream().filter(a -> a.level() == AreaLevel.VILLAGE).toList());
		model.addAttribute("provinceWide", admin.isProvinceWide());
		if (!model.containsAttribute("area")) {
			model.addAttribute("area", AreaForm.empty());
		}
		return "identity/staff/areas";
	}

	@PostMapping("/xa")
	@PreAuthorize(Role.PROVINCE_ADMINISTRATOR) // a new commune of the province is the province's decision
	String addCommune(CurrentUser admin, @Valid @ModelAttribute("area") AreaForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return save(admin, form, errors, model, redirect, () -> administration.addCommune(admin, form));
	}

	@PostMapping("/xa/{communeId}/thon")
	String addVillage(CurrentUser admin, @PathVariable long communeId, @Valid @ModelAttribute("area") AreaForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		access.require(admin, communeId);
		model.addAttribute("targetCommune", communeId);
		return save(admin, form, errors, model, redirect, () -> administration.addVillage(admin, communeId, form));
	}

	private String save(CurrentUser admin, AreaForm form, BindingResult errors, Model model, RedirectAttributes redirect,
			java.util.function.Supplier<AreaView> action) {
		if (!errors.hasErrors()) {
			try {
				action.get();
				redirect.addFlashAttribute("saved", true);
				return "redirect:/staff/don-vi";
			}
			catch (ConflictException taken) {
				if ("name".equals(taken.getMessage())) {
					errors.rejectValue("name", "validation.areaName.taken");
				}
				else {
					errors.rejectValue("code", "validation.areaCode.taken");
				}
			}
		}
		return list(admin, model);
	}

}
