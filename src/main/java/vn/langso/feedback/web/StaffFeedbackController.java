package vn.langso.feedback.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.langso.feedback.PublicReports;
import vn.langso.feedback.ReportHandling;
import vn.langso.feedback.StaffInbox;
import vn.langso.feedback.ReportStatistics;
import vn.langso.feedback.FeedbackFailure;
import vn.langso.feedback.ReportView;
import vn.langso.identity.Areas;
import vn.langso.identity.CommuneAccess;
import vn.langso.identity.CurrentUser;

/** The staff side: triage inbox, one report's handling and statistics. */
@Controller
@RequestMapping("/staff/phan-anh")
class StaffFeedbackController {

	private final PublicReports reports;

	private final StaffInbox inbox;

	private final ReportHandling handling;

	private final ReportStatistics statistics;

	private final CommuneAccess access;

	private final Areas areas;

	StaffFeedbackController(PublicReports reports, StaffInbox inbox, ReportHandling handling,
			ReportStatistics statistics, CommuneAccess access, Areas areas) {
		this.reports = reports;
		this.inbox = inbox;
		this.handling = handling;
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
		model.addAttribute("reports", inbox.inbox(user, communeId, filter));
		return "feedback/staff-inbox";
	}

	@GetMapping("/{id:\\d+}")
	String report(CurrentUser user, @PathVariable long id, Model model) {
		ReportView report = inbox.forStaff(user, id);
		model.addAttribute("report", report);
		model.addAttribute("commune", areas.commune(report.communeId()));
		model.addAttribute("history", inbox.historyForStaff(user, id));
		model.addAttribute("photoIds", reports.photoIds(report.communeId(), id, true));
		model.addAttribute("assignees", inbox.assignees(user, report.communeId()));
		return "feedback/staff-report";
	}

	@GetMapping("/{id:\\d+}/nguoi-phan-anh")
	String reporter(CurrentUser user, @PathVariable long id, Model model) {
		model.addAttribute("reporter", inbox.reporterOf(user, id));
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
			handling.assign(user, id, assigneeId, workingDays, note);
		});
	}

	@PostMapping("/{id:\\d+}/tra-loi")
	String answer(CurrentUser user, @PathVariable long id, @RequestParam(required = false) String answer,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> handling.answer(user, id, answer));
	}

	@PostMapping("/{id:\\d+}/dong")
	String close(CurrentUser user, @PathVariable long id, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> handling.close(user, id, note));
	}

	@PostMapping("/{id:\\d+}/anh")
	String photos(CurrentUser user, @PathVariable long id, @RequestParam boolean visible, RedirectAttributes redirect) {
		return act(id, redirect, () -> handling.publishPhotos(user, id, visible));
	}

	@GetMapping("/thong-ke")
	String statistics(CurrentUser user, @RequestParam(required = false) Long commune, Model model) {
		long communeId = access.communeFor(user, commune);
		model.addAttribute("commune", areas.commune(communeId));
		model.addAttribute("statistics", statistics.statistics(user, communeId));
		return "feedback/statistics";
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
