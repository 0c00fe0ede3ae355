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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.langso.identity.Areas;
import vn.langso.identity.CommuneAccess;
import vn.langso.identity.CurrentUser;
import vn.langso.identity.Directory;
import vn.langso.identity.OfficialForm;
import vn.langso.shared.InvalidInputException;

/** Commune leaders and administrators keep their commune's contact list up to date. */
@Controller
@RequestMapping("/staff/danh-ba")
@PreAuthorize("hasAnyRole('ADMINISTRATOR', 'COMMUNE_LEADER')")
class DirectoryAdminController {

	private final Directory directory;

	private final CommuneAccess access;

	private final Areas areas;

	DirectoryAdminController(Directory directory, CommuneAccess access, Areas areas) {
		this.directory = directory;
		this.access = access;
		this.areas = areas;
	}

	@GetMapping
	String list(CurrentUser user, @RequestParam(required = false) Long commune, Model model) {
		long communeId = access.communeFor(user, commune);
		model.addAttribute("commune", areas.commune(communeId));
		model.addAttribute("officials", directory.ofCommune(communeId));
		return "identity/staff/directory";
	}

	@GetMapping("/moi")
	String newEntry(CurrentUser user, @RequestParam(required = false) Long commune, Model model) {
		model.addAttribute("commune", areas.commune(access.communeFor(user, commune)));
		model.addAttribute("official", OfficialForm.empty());
		return "identity/staff/official-form";
	}

	@PostMapping("/moi")
	String add(CurrentUser user, @RequestParam(required = false) Long commune,
			@Valid @ModelAttribute("official") OfficialForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		long communeId = access.communeFor(user, commune);
		if (!errors.hasErrors()) {
			try {
				directory.add(user, communeId, form);
				redirect.addFlashAttribute("saved", true);
				return "redirect:/staff/danh-ba?commune=" + communeId;
			}
			catch (InvalidInputException invalid) {
				errors.rejectValue("phone", invalid.messageKey());
			}
		}
		model.addAttribute("commune", areas.commune(communeId));
		return "identity/staff/official-form";
	}

	@GetMapping("/{id}")
	String edit(CurrentUser user, @PathVariable long id, Model model) {
		var official = directory.forEditing(user, id);
		model.addAttribute("commune", areas.commune(official.communeId()));
		model.addAttribute("officialId", id);
		model.addAttribute("official", OfficialForm.from(official));
		return "identity/staff/official-form";
	}

	@PostMapping("/{id}")
	String change(CurrentUser user, @PathVariable long id, @Valid @ModelAttribute("official") OfficialForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		var existing = directory.forEditing(user, id);
		if (!errors.hasErrors()) {
			try {
				directory.change(user, id, form);
				redirect.addFlashAttribute("saved", true);
				return "redirect:/staff/danh-ba?commune=" + existing.communeId();
			}
			catch (InvalidInputException invalid) {
				errors.rejectValue("phone", invalid.messageKey());
			}
		}
		model.addAttribute("commune", areas.commune(existing.communeId()));
		model.addAttribute("officialId", id);
		return "identity/staff/official-form";
	}

	@PostMapping("/{id}/xoa")
	String remove(CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		long communeId = directory.forEditing(user, id).communeId();
		directory.remove(user, id);
		redirect.addFlashAttribute("removed", true);
		return "redirect:/staff/danh-ba?commune=" + communeId;
	}

}
