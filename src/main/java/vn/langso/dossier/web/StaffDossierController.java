package vn.langso.dossier.web;

import java.time.LocalDate;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.langso.catalog.Catalog;
import vn.langso.dossier.DossierAction;
import vn.langso.dossier.DossierView;
import vn.langso.dossier.DossierWorkflow;
import vn.langso.dossier.InboxFilter;
import vn.langso.identity.CurrentUser;
import vn.langso.shared.ConflictException;
import vn.langso.shared.ForbiddenException;
import vn.langso.shared.InvalidInputException;

/** The officials' inbox and dossier page with the moves their role allows. */
@Controller
@PreAuthorize("hasAnyRole('ONE_STOP_OFFICER', 'SPECIALIST', 'COMMUNE_LEADER', 'PROVINCE_OVERSEER')")
class StaffDossierController {

	private final DossierWorkflow workflow;

	private final Catalog catalog;

	StaffDossierController(DossierWorkflow workflow, Catalog catalog) {
		this.workflow = workflow;
		this.catalog = catalog;
	}

	@GetMapping("/staff/ho-so")
	String inbox(CurrentUser user, @RequestParam(defaultValue = "ALL") InboxFilter filter,
			@RequestParam(required = false) String procedure, @RequestParam(required = false) Long commune,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("inbox", workflow.inbox(user, commune, filter, procedure, Math.max(page, 0)));
		model.addAttribute("filter", filter);
		model.addAttribute("procedure", procedure);
		model.addAttribute("procedures", catalog.search(null));
		return "dossier/staff/inbox";
	}

	@GetMapping("/staff/ho-so/{id}")
	String dossier(CurrentUser user, @PathVariable long id, Model model) {
		DossierView dossier = workflow.read(user, id);
		model.addAttribute("dossier", dossier);
		model.addAttribute("procedure", catalog.version(dossier.procedureId()).orElseThrow());
		model.addAttribute("history", workflow.history(user, id));
		model.addAttribute("attachments", workflow.attachments(user, id));
		model.addAttribute("actions", workflow.allowedActions(user, id));
		return "dossier/staff/dossier";
	}

	@PostMapping("/staff/ho-so/{id}/xin-loi")
	String apologize(CurrentUser user, @PathVariable long id, @RequestParam(required = false) String comment,
			@RequestParam(required = false) LocalDate newDueDate, RedirectAttributes redirect) {
		try {
			workflow.apologize(user, id, comment, newDueDate);
			redirect.addFlashAttribute("done", "APOLOGIZE");
		}
		catch (InvalidInputException | ConflictException refused) {
			redirect.addFlashAttribute("problem", refused instanceof InvalidInputException i ? i.messageKey() : refused.getMessage());
		}
		return "redirect:/staff/ho-so/" + id;
	}

	@PostMapping("/staff/ho-so/{id}/{action}")
	String perform(CurrentUser user, @PathVariable long id, @PathVariable String action,
			@RequestParam(required = false) String comment, RedirectAttributes redirect) {
		DossierAction move = DossierAction.fromSlug(action);
		try {
			workflow.perform(user, id, move, comment, WebForms.baseUrl());
			redirect.addFlashAttribute("done", move.name());
		}
		catch (InvalidInputException refused) {
			redirect.addFlashAttribute("problem", refused.messageKey());
		}
		catch (ConflictException refused) {
			redirect.addFlashAttribute("problem", refused.getMessage());
		}
		catch (ForbiddenException refused) {
			redirect.addFlashAttribute("problem", "dossier.notYourStep");
		}
		return "redirect:/staff/ho-so/" + id;
	}

}
