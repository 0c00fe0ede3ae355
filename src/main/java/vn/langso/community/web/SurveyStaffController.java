package vn.langso.community.web;

import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.langso.community.HouseholdSheets;
import vn.langso.community.QuestionForm;
import vn.langso.community.QuestionKind;
import vn.langso.community.SurveyForm;
import vn.langso.community.SurveyView;
import vn.langso.community.Surveys;
import vn.langso.identity.Areas;
import vn.langso.identity.CommuneAccess;
import vn.langso.identity.CurrentUser;
import vn.langso.shared.InvalidInputException;
import vn.langso.shared.QrImages;

/** Staff build surveys, publish them, watch the results come in and export them. */
@Controller
@RequestMapping("/staff/khao-sat")
@PreAuthorize(CommunityRoles.SURVEYS)
class SurveyStaffController {

	private final Surveys surveys;

	private final HouseholdSheets sheets;

	private final CommuneAccess access;

	private final Areas areas;

	SurveyStaffController(Surveys surveys, HouseholdSheets sheets, CommuneAccess access, Areas areas) {
		this.surveys = surveys;
		this.sheets = sheets;
		this.access = access;
		this.areas = areas;
	}

	@GetMapping
	String list(CurrentUser user, @RequestParam(required = false) Long commune, Model model) {
		long communeId = access.communeFor(user, commune);
		model.addAttribute("commune", areas.commune(communeId));
		model.addAttribute("villages", areas.childrenOf(communeId));
		model.addAttribute("surveys", surveys.ofCommune(user, communeId));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new SurveyForm("", "", java.util.List.of()));
		}
		return "community/surveys";
	}

	@PostMapping
	String create(CurrentUser user, @RequestParam(required = false) Long commune, @Valid @ModelAttribute("form") SurveyForm form,
			BindingResult errors, Model model) {
		long communeId = access.communeFor(user, commune);
		if (!errors.hasErrors()) {
			try {
				return "redirect:/staff/khao-sat/" + surveys.create(user, communeId, form);
			}
			catch (InvalidInputException invalid) {
				errors.reject(invalid.messageKey());
			}
		}
		return list(user, commune, model);
	}

	@GetMapping("/{id}")
	String detail(CurrentUser user, @PathVariable long id, Model model) {
		SurveyView survey = surveys.forStaff(user, id);
		model.addAttribute("survey", survey);
		model.addAttribute("commune", areas.commune(survey.communeId()));
		model.addAttribute("kinds", QuestionKind.values());
		model.addAttribute("results", surveys.results(user, id));
		if (!model.containsAttribute("question")) {
			model.addAttribute("question", new QuestionForm(QuestionKind.SINGLE, "", "", true));
		}
		return "community/survey";
	}

	/** The live results fragment, polled by the page. */
	@GetMapping("/{id}/ket-qua")
	String results(CurrentUser user, @PathVariable long id, Model model) {
		model.addAttribute("results", surveys.results(user, id));
		return "community/survey :: results";
	}

	@PostMapping("/{id}/cau-hoi")
	String addQuestion(CurrentUser user, @PathVariable long id, @Valid @ModelAttribute("question") QuestionForm form,
			BindingResult errors, Model model) {
		if (!errors.hasErrors()) {
			try {
				surveys.addQuestion(user, id, form);
				return "redirect:/staff/khao-sat/" + id;
			}
			catch (InvalidInputException invalid) {
				errors.reject(invalid.messageKey());
			}
		}
		return detail(user, id, model);
	}

	@PostMapping("/{id}/cong-bo")
	String publish(CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		try {
			surveys.publish(user, id);
		}
		catch (InvalidInputException invalid) {
			redirect.addFlashAttribute("error", invalid.messageKey());
		}
		return "redirect:/staff/khao-sat/" + id;
	}

	@PostMapping("/{id}/dong")
	String close(CurrentUser user, @PathVariable long id) {
		surveys.close(user, id);
		return "redirect:/staff/khao-sat/" + id;
	}

	@GetMapping("/{id}/tra-loi.xlsx")
	ResponseEntity<byte[]> export(CurrentUser user, @PathVariable long id) {
		SurveyView survey = surveys.forStaff(user, id);
		return ImportController.xlsx("khao-sat-" + id + ".xlsx", sheets.surveyExport(survey, surveys.responseRows(user, id)));
	}

	@GetMapping(value = "/{id}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
	ResponseEntity<byte[]> qr(CurrentUser user, @PathVariable long id) {
		SurveyView survey = surveys.forStaff(user, id);
		String url = ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/xa/{slug}/khao-sat/{token}")
			.buildAndExpand(areas.commune(survey.communeId()).slug(), survey.token())
			.toUriString();
		return ResponseEntity.ok().body(QrImages.png(url, 320));
	}

}
