package vn.langso.dossier.web;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import vn.langso.catalog.Catalog;
import vn.langso.catalog.ProcedureView;
import vn.langso.dossier.DossierView;
import vn.langso.dossier.Dossiers;
import vn.langso.dossier.SubmissionRefused;
import vn.langso.identity.AreaView;
import vn.langso.identity.Areas;
import vn.langso.identity.CurrentUser;
import vn.langso.identity.Role;
import vn.langso.shared.ForbiddenException;

/** The online application form of a procedure, drawn from its JSON Schema and prefilled. */
@Controller
class ApplyController {

	private final Catalog catalog;

	private final Areas areas;

	private final Dossiers dossiers;

	private final MessageSource messages;

	ApplyController(Catalog catalog, Areas areas, Dossiers dossiers, MessageSource messages) {
		this.catalog = catalog;
		this.areas = areas;
		this.dossiers = dossiers;
		this.messages = messages;
	}

	@GetMapping("/xa/{slug}/thu-tuc/{code}/nop")
	String form(CurrentUser user, @PathVariable String slug, @PathVariable String code, Model model) {
		if (!user.has(Role.CITIZEN)) {
			throw new ForbiddenException("citizens only");
		}
		ProcedureView procedure = catalog.current(code);
		return page(model, areas.communeBySlug(slug), procedure, dossiers.prefill(user, procedure),
				UUID.randomUUID().toString(), Map.of());
	}

	@PostMapping("/xa/{slug}/thu-tuc/{code}/nop")
	String submit(CurrentUser user, @PathVariable String slug, @PathVariable String code,
			@RequestParam String submissionKey, @RequestParam(defaultValue = "submit") String intent,
			MultipartHttpServletRequest request, Model model, Locale locale) {
		AreaView commune = areas.communeBySlug(slug);
		Map<String, String> values = WebForms.values(request.getParameterMap());
		try {
			DossierView dossier = dossiers.submit(user, commune.id(), code, submissionKey, values,
					WebForms.uploads(request), !"draft".equals(intent));
			return "redirect:/tai-khoan/ho-so/" + dossier.id() + ("draft".equals(intent) ? "?draft" : "?submitted");
		}
		catch (SubmissionRefused refused) {
			return page(model, commune, catalog.current(code), values, submissionKey,
					WebForms.messages(refused.problems(), messages, locale));
		}
	}

	private String page(Model model, AreaView commune, ProcedureView procedure, Map<String, String> values,
			String submissionKey, Map<String, String> errors) {
		model.addAttribute("commune", commune);
		model.addAttribute("procedure", procedure);
		model.addAttribute("values", values);
		model.addAttribute("submissionKey", submissionKey);
		model.addAttribute("errors", errors);
		model.addAttribute("maxMb", dossiers.maxAttachmentBytes() / (1024 * 1024));
		return "dossier/apply";
	}

}
