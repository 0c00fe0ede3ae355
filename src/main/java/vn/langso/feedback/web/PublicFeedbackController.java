package vn.langso.feedback.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.langso.feedback.PublicReports;
import vn.langso.feedback.ReportCategories;
import vn.langso.feedback.ReportFollowUp;
import vn.langso.feedback.ReportIntake;
import vn.langso.feedback.FeedbackFailure;
import vn.langso.feedback.PhoneConfirmation;
import vn.langso.feedback.ReportForm;
import vn.langso.feedback.ReportStatus;
import vn.langso.feedback.ReportView;
import vn.langso.feedback.Reporter;
import vn.langso.identity.Accounts;
import vn.langso.identity.AreaLevel;
import vn.langso.identity.AreaView;
import vn.langso.identity.Areas;
import vn.langso.identity.CurrentUser;
import vn.langso.shared.InvalidInputException;

/** The public side: the map and list of a commune's reports, one report with its answer, and reporting a problem. */
@Controller
@RequestMapping("/xa/{slug}/phan-anh")
class PublicFeedbackController {

	private final ReportCategories categories;

	private final ReportIntake intake;

	private final PublicReports reports;

	private final ReportFollowUp followUp;

	private final PhoneConfirmation phones;

	private final Areas areas;

	private final Accounts accounts;

	PublicFeedbackController(ReportCategories categories, ReportIntake intake, PublicReports reports, ReportFollowUp followUp, PhoneConfirmation phones, Areas areas, Accounts accounts) {
		this.categories = categories;
		this.intake = intake;
		this.reports = reports;
		this.followUp = followUp;
		this.phones = phones;
		this.areas = areas;
		this.accounts = accounts;
	}

	@GetMapping
	String list(@PathVariable String slug, @RequestParam(required = false) ReportStatus status, Model model) {
		AreaView commune = areas.communeBySlug(slug);
		model.addAttribute("commune", commune);
		model.addAttribute("status", status);
		model.addAttribute("statuses", ReportStatus.values());
		model.addAttribute("reports", reports.publicList(commune.id(), status, 200));
		return "feedback/public-list";
	}

	@GetMapping("/{id:\\d+}")
	String report(@PathVariable String slug, @PathVariable long id, HttpSession session, Model model) {
		AreaView commune = areas.communeBySlug(slug);
		ReportView report = reports.publicReport(commune.id(), id);
		Reporter who = Viewer.reporter(accounts, session);
		boolean reporter = followUp.isReporter(commune.id(), id, who);
		model.addAttribute("commune", commune);
		model.addAttribute("report", report);
		model.addAttribute("history", reports.history(commune.id(), id));
		model.addAttribute("photoIds", reports.photoIds(commune.id(), id, false));
		model.addAttribute("isReporter", reporter);
		model.addAttribute("signedIn", Viewer.signedIn().isPresent());
		model.addAttribute("follows", Viewer.signedIn().map(u -> followUp.follows(u, id)).orElse(false));
		model.addAttribute("reopenDays", ReportFollowUp.REOPEN_DAYS);
		return "feedback/public-report";
	}

	@GetMapping("/tra-cuu")
	String lookup(@PathVariable String slug, @RequestParam(name = "ma", required = false) String code,
			RedirectAttributes redirect) {
		AreaView commune = areas.communeBySlug(slug);
		return reports.byTrackingCode(code).filter(r -> r.communeId() == commune.id())
			.map(r -> "redirect:/xa/" + slug + "/phan-anh/" + r.id())
			.orElseGet(() -> {
				redirect.addFlashAttribute("lookupFailed", true);
				return "redirect:/xa/" + slug + "/phan-anh";
			});
	}

	@GetMapping("/moi")
	String form(@PathVariable String slug, HttpSession session, Model model) {
		model.addAttribute("report", ReportForm.empty());
		if (Boolean.TRUE.equals(model.getAttribute("uploadTooLarge"))) {
			model.addAttribute("photoError", "feedback.photo.tooLarge");
			model.addAttribute("photoErrorArgs", new Object[] { 8 });
		}
		return formPage(slug, session, model);
	}

	@PostMapping("/xac-nhan")
	String confirmPhone(@PathVariable String slug, @RequestParam String phone,
			@RequestParam(required = false) String code, @RequestParam String step, HttpSession session, Model model) {
		areas.communeBySlug(slug);
		model.addAttribute("phone", phone);
		try {
			if ("send".equals(step)) {
				phones.sendCode(phone);
				model.addAttribute("codeSent", true);
			}
			else {
				session.setAttribute(Viewer.CONFIRMED_PHONE, phones.confirm(phone, code));
				return "redirect:/xa/" + slug + "/phan-anh/moi";
			}
		}
		catch (InvalidInputException refused) {
			model.addAttribute("phoneError", refused.messageKey());
			model.addAttribute("codeSent", !"send".equals(step));
		}
		model.addAttribute("report", ReportForm.empty());
		return formPage(slug, session, model);
	}

	@PostMapping("/moi")
	String submit(@PathVariable String slug, @Valid @ModelAttribute("report") ReportForm form, BindingResult errors,
			@RequestParam(name = "photos", required = false) List<MultipartFile> files, HttpSession session, Model model,
			RedirectAttributes redirect) throws IOException {
		AreaView commune = areas.communeBySlug(slug);
		Reporter reporter = Viewer.reporter(accounts, session);
		if (!reporter.known()) {
			return "redirect:/xa/" + slug + "/phan-anh/moi";
		}
		List<byte[]> uploads = new ArrayList<>();
		if (files != null) {
			for (MultipartFile file : files) {
				if (!file.isEmpty()) {
					uploads.add(file.getBytes());
				}
			}
		}
		if (!errors.hasErrors()) {
			try {
				ReportView created = intake.report(commune.id(), form, reporter, uploads, ReportIntake.SOURCE_WEB);
				redirect.addFlashAttribute("created", created.trackingCode());
				return "redirect:/xa/" + slug + "/phan-anh/" + created.id();
			}
			catch (FeedbackFailure refused) {
				if (refused.field().equals("photos")) {
					model.addAttribute("photoError", refused.messageKey());
					model.addAttribute("photoErrorArgs", refused.arguments());
				}
				else {
					errors.rejectValue(refused.field(), refused.messageKey(), refused.arguments(), refused.messageKey());
				}
			}
		}
		if (!uploads.isEmpty()) {
			// a browser cannot refill a file input: say so instead of silently dropping her photos
			model.addAttribute("photosLost", uploads.size());
		}
		return formPage(slug, session, model);
	}

	/** Open reports of the same category within 50 m of the pin, so the resident can follow one instead. */
	@GetMapping(value = "/gan-day", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	List<Map<String, Object>> nearby(@PathVariable String slug, @RequestParam long categoryId, @RequestParam double lat,
			@RequestParam(name = "lon") double lon) {
		AreaView commune = areas.communeBySlug(slug);
		if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
			return List.of();
		}
		return intake.openNearby(commune.id(), categoryId, lat, lon).stream()
			.limit(5)
			.map(r -> Map.<String, Object>of("id", r.id(), "trackingCode", r.trackingCode(), "description",
					r.description().length() > 120 ? r.description().substring(0, 120) + "…" : r.description(),
					"url", "/xa/" + slug + "/phan-anh/" + r.id()))
			.toList();
	}

	@PostMapping("/{id:\\d+}/theo-doi")
	String follow(@PathVariable String slug, @PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
		AreaView commune = areas.communeBySlug(slug);
		followUp.follow(user, commune.id(), id);
		redirect.addFlashAttribute("followed", true);
		return "redirect:/xa/" + slug + "/phan-anh/" + id;
	}

	@PostMapping("/{id:\\d+}/danh-gia")
	String rate(@PathVariable String slug, @PathVariable long id, @RequestParam(defaultValue = "0") int stars,
			@RequestParam(required = false) String comment, HttpSession session, RedirectAttributes redirect) {
		AreaView commune = areas.communeBySlug(slug);
		try {
			followUp.rate(commune.id(), id, Viewer.reporter(accounts, session), stars, comment);
			redirect.addFlashAttribute("rated", true);
		}
		catch (FeedbackFailure refused) {
			redirect.addFlashAttribute("actionError", refused.messageKey());
		}
		return "redirect:/xa/" + slug + "/phan-anh/" + id;
	}

	@PostMapping("/{id:\\d+}/mo-lai")
	String reopen(@PathVariable String slug, @PathVariable long id, @RequestParam(required = false) String reason,
			HttpSession session, RedirectAttributes redirect) {
		AreaView commune = areas.communeBySlug(slug);
		try {
			followUp.reopen(commune.id(), id, Viewer.reporter(accounts, session), reason);
			redirect.addFlashAttribute("reopened", true);
		}
		catch (FeedbackFailure refused) {
			redirect.addFlashAttribute("actionError", refused.messageKey());
		}
		return "redirect:/xa/" + slug + "/phan-anh/" + id;
	}

	@GetMapping("/anh/{photoId:\\d+}")
	ResponseEntity<byte[]> photo(@PathVariable String slug, @PathVariable long photoId) {
		AreaView commune = areas.communeBySlug(slug);
		byte[] jpeg = reports.photo(commune.id(), photoId, Viewer.signedIn().orElse(null));
		return ResponseEntity.ok().contentType(MediaType.IMAGE_JPEG).cacheControl(CacheControl.noCache()).body(jpeg);
	}

	private String formPage(String slug, HttpSession session, Model model) {
		AreaView commune = areas.communeBySlug(slug);
		model.addAttribute("commune", commune);
		model.addAttribute("categories", categories.categories(commune.id(), true));
		model.addAttribute("villages", areas.childrenOf(commune.id()).stream().filter(a -> a.level() == AreaLevel.VILLAGE).toList());
		boolean signedIn = Viewer.signedIn().isPresent();
		String phone = Viewer.confirmedPhone(session);
		model.addAttribute("signedIn", signedIn);
		model.addAttribute("needsPhone", !signedIn && phone == null);
		model.addAttribute("confirmedPhone", phone == null ? null : vn.langso.shared.PhoneNumber.parse(phone).masked());
		model.addAttribute("maxPhotos", 5);
		return "feedback/report-form";
	}

}
