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
import vn.langso.feedback.Feedback;
import vn.langso.feedback.ReportStatistics;
import vn.langso.feedback.FeedbackFailure;
import vn.langso.feedback.ReportView;
import vn.langso.identity.Areas;
import vn.langso.identity.CommuneAccess;
import vn.langso.identity.CurrentUser;
import vn.langso.shared.InvalidInputException;

/** The staff side: triage inbox, one report's handling, statistics, categories and Open311 keys. */
@Controller
@RequestMapping("/staff/phan-anh")
class StaffFeedbackController {

	private final Feedback feedback;

	private final ApiKeys apiKeys;

	private final ReportStatistics statistics;

	private final CommuneAccess access;

	private final Areas areas;

	StaffFeedbackController(Feedback feedback, ApiKeys apiKeys, ReportStatistics statistics, CommuneAccess access,
			Areas areas) {
		this.feedback = feedback;
		this.apiKeys = apiKeys;
		this.statistics = statistics;
		this.access = access;
		this.areas = areas;
	}

	@GetMapping
	String inbox(CurrentUser user, @RequestParam(required = false) Long commune,
			@RequestParam(defaultValue = "open") String filter, Model model) {
		long communeId = access.communeFor(user, commune);
		model.addAttribute("commune", areas.commune(communeId));
		model.addAttribute("filter", filter);
		model.addAttribute("filters", List.of("open", "new", "mine", "overdue", "all"));
		model.addAttribute("reports", feedback.inbox(user, communeId, filter));
		return "feedback/staff-inbox";
	}

	@GetMapping("/{id:\\d+}")
	String report(CurrentUser user, @PathVariable long id, Model model) {
		ReportView report = feedback.forStaff(user, id);
		model.addAttribute("report", report);
		model.addAttribute("commune", areas.commune(report.communeId()));
		model.addAttribute("history", feedback.historyForStaff(user, id));
		model.addAttribute("photoIds", feedback.photoIds(report.communeId(), id, true));
		model.addAttribute("assignees", feedback.assignees(user, report.communeId()));
		return "feedback/staff-report";
	}

	@GetMapping("/{id:\\d+}/nguoi-phan-anh")
	String reporter(CurrentUser user, @PathVariable long id, Model model) {
		model.addAttribute("reporter", feedback.reporterOf(user, id));
		return report(user, id, model);
	}

	@PostMapping("/{id:\\d+}/giao")
	String assign(CurrentUser user, @PathVariable long id, @RequestParam(required = false) Long assigneeId,
			@RequestParam(defaultValue = "0") int workingDays, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> {
			if (assigneeId == null) {
				throw new FeedbackFailure("assigneeId", "feedback.validation.assignee");
			}
			feedback.assign(user, id, assigneeId, workingDays, note);
		});
	}

	@PostMapping("/{id:\\d+}/tra-loi")
	String answer(CurrentUser user, @PathVariable long id, @RequestParam(required = false) String answer,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> feedback.answer(user, id, answer));
	}

	@PostMapping("/{id:\\d+}/dong")
	String close(CurrentUser user, @PathVariable long id, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> feedback.close(user, id, note));
	}

	@PostMapping("/{id:\\d+}/anh")
	String photos(CurrentUser user, @PathVariable long id, @RequestParam boolean visible, RedirectAttributes redirect) {
		return act(id, redirect, () -> feedback.publishPhotos(user, id, visible));
	}

	@GetMapping("/thong-ke")
	String statistics(CurrentUser user, @RequestParam(required = false) Long commune, Model model) {
		long communeId = access.communeFor(user, commune);
		model.addAttribute("commune", areas.commune(communeId));
		model.addAttribute("statistics", statistics.statistics(user, communeId));
		return "feedback/statistics";
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
				feedback.saveCategory(user, communeId, categoryId, form);
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
		List<CategoryView> list = feedback.categories(communeId, false);
		model.addAttribute("commune", areas.commune(communeId));
		model.addAttribute("categories", list);
		return "feedback/categories";
	}

	private static String act(long id, RedirectAttributes redirect, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("done", true);
		}
		catch (FeedbackFailure refused) {
			redirect.addFlashAttribute("actionError", refused.messageKey());
		}
		return "redirect:/staff/phan-anh/" + id;
	}

}
