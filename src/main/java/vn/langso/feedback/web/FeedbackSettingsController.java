package vn.langso.feedback.web;

import java.util.List;

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
import vn.langso.feedback.ApiKeys;
import vn.langso.feedback.CategoryForm;
import vn.langso.feedback.CategoryView;
import vn.langso.feedback.FeedbackFailure;
import vn.langso.feedback.ReportCategories;
import vn.langso.identity.Areas;
import vn.langso.identity.CommuneAccess;
import vn.langso.identity.CurrentUser;
import vn.langso.shared.InvalidInputException;

/** The commune's feedback settings: report categories (leaders, administrators) and Open311 API keys (administrators). */
@Controller
@RequestMapping("/staff/phan-anh")
class FeedbackSettingsController {

	private final ReportCategories categories;

	private final ApiKeys apiKeys;

	private final CommuneAccess access;

	private final Areas areas;

	FeedbackSettingsController(ReportCategories categories, ApiKeys apiKeys, CommuneAccess access, Areas areas) {
		this.categories = categories;
		this.apiKeys = apiKeys;
		this.access = access;
		this.areas = areas;
	}

	@GetMapping("/danh-muc")
	@PreAuthorize("hasAnyRole('ADMINISTRATOR', 'COMMUNE_LEADER')")
	String categories(CurrentUser user, @RequestParam(required = false) Long commune, Model model) {
		long communeId = access.communeFor(user, commune);
		model.addAttribute("category", new CategoryForm("", "", "", "", 5, true, 100));
		return categoriesPage(communeId, model);
	}

	@PostMapping("/danh-muc")
	@PreAuthorize("hasAnyRole('ADMINISTRATOR', 'COMMUNE_LEADER')")
	String saveCategory(CurrentUser user, @RequestParam(required = false) Long commune,
			@RequestParam(required = false) Long categoryId, @Valid @ModelAttribute("category") CategoryForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		long communeId = access.communeFor(user, commune);
		if (!errors.hasErrors()) {
			try {
				categories.saveCategory(user, communeId, categoryId, form);
				redirect.addFlashAttribute("saved", true);
				return "redirect:/staff/phan-anh/danh-muc?commune=" + communeId;
			}
			catch (FeedbackFailure refused) {
				errors.rejectValue(refused.field(), refused.messageKey());
			}
		}
		return categoriesPage(communeId, model);
	}

	@GetMapping("/khoa-api")
	@PreAuthorize("hasRole('ADMINISTRATOR')")
	String keys(CurrentUser user, @RequestParam(required = false) Long commune, Model model) {
		long communeId = access.communeFor(user, commune);
		model.addAttribute("commune", areas.commune(communeId));
		model.addAttribute("keys", apiKeys.ofCommune(user, communeId));
		return "feedback/api-keys";
	}

	@PostMapping("/khoa-api")
	@PreAuthorize("hasRole('ADMINISTRATOR')")
	String issueKey(CurrentUser user, @RequestParam(required = false) Long commune, @RequestParam String name,
			RedirectAttributes redirect) {
		long communeId = access.communeFor(user, commune);
		try {
			redirect.addFlashAttribute("newKey", apiKeys.issue(user, communeId, name));
		}
		catch (InvalidInputException refused) {
			redirect.addFlashAttribute("actionError", refused.messageKey());
		}
		return "redirect:/staff/phan-anh/khoa-api?commune=" + communeId;
	}

	@PostMapping("/khoa-api/{id:\\d+}/thu-hoi")
	@PreAuthorize("hasRole('ADMINISTRATOR')")
	String revokeKey(CurrentUser user, @PathVariable long id, @RequestParam(required = false) Long commune) {
		long communeId = access.communeFor(user, commune);
		apiKeys.revoke(user, id);
		return "redirect:/staff/phan-anh/khoa-api?commune=" + communeId;
	}

	private String categoriesPage(long communeId, Model model) {
		List<CategoryView> list = categories.categories(communeId, false);
		model.addAttribute("commune", areas.commune(communeId));
		model.addAttribute("categories", list);
		return "feedback/categories";
	}

}
