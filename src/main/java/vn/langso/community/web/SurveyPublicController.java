package vn.langso.community.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.langso.community.SurveyView;
import vn.langso.community.SurveyRespondents;
import vn.langso.community.Surveys;
import vn.langso.identity.AreaView;
import vn.langso.identity.Areas;
import vn.langso.shared.InvalidInputException;

/**
 * Residents answer surveys on the commune's portal. Signed in, they are matched to the register;
 * otherwise a one-time code sent to a phone the register knows confirms who they are (kept in the
 * session only until the answer is stored).
 */
@Controller
@RequestMapping("/xa/{slug}/khao-sat")
class SurveyPublicController {

	private static final String CONFIRMED = "community.survey.confirmed.";

	private final Surveys surveys;

	private final SurveyRespondents respondents;

	private final Areas areas;

	SurveyPublicController(Surveys surveys, SurveyRespondents respondents, Areas areas) {
		this.surveys = surveys;
		this.respondents = respondents;
		this.areas = areas;
	}

	@GetMapping
	String list(@PathVariable String slug, Model model) {
		AreaView commune = areas.communeBySlug(slug);
		model.addAttribute("commune", commune);
		model.addAttribute("surveys", surveys.published(commune.id()));
		return "community/public-surveys";
	}

	@GetMapping("/{token}")
	String show(@PathVariable String slug, @PathVariable String token, HttpSession session, Model model) {
		SurveyView survey = survey(slug, token);
		model.addAttribute("commune", areas.communeBySlug(slug));
		model.addAttribute("survey", survey);
		SurveyRespondents.Respondent respondent = respondent(survey, session, model);
		model.addAttribute("identified", respondent != null);
		model.addAttribute("answered", respondent != null && surveys.hasAnswered(survey, respondent));
		return "community/public-survey";
	}

	@PostMapping("/{token}")
	String answer(@PathVariable String slug, @PathVariable String token, HttpServletRequest request, HttpSession session,
			Model model, RedirectAttributes redirect) {
		SurveyView survey = survey(slug, token);
		SurveyRespondents.Respondent respondent = respondent(survey, session, model);
		if (respondent == null) {
			return "redirect:/xa/" + slug + "/khao-sat/" + token;
		}
		Map<Long, List<String>> answers = new HashMap<>();
		for (SurveyView.Question q : survey.questions()) {
			String[] values = request.getParameterValues("q" + q.id());
			answers.put(q.id(), values == null ? List.of() : new ArrayList<>(List.of(values)));
		}
		try {
			surveys.answer(survey, respondent, answers);
			session.removeAttribute(CONFIRMED + survey.id());
			redirect.addFlashAttribute("thanks", true);
		}
		catch (InvalidInputException refused) {
			redirect.addFlashAttribute("error", refused.messageKey());
			redirect.addFlashAttribute("errorArgs", refused.arguments());
		}
		return "redirect:/xa/" + slug + "/khao-sat/" + token;
	}

	@PostMapping("/{token}/ma")
	String sendCode(@PathVariable String slug, @PathVariable String token, @RequestParam(defaultValue = "") String phone,
			HttpSession session, RedirectAttributes redirect) {
		SurveyView survey = survey(slug, token);
		try {
			session.setAttribute("community.survey.code." + survey.id(), respondents.sendCode(survey, phone));
			redirect.addFlashAttribute("codeSent", true);
		}
		catch (InvalidInputException refused) {
			redirect.addFlashAttribute("error", refused.messageKey());
		}
		return "redirect:/xa/" + slug + "/khao-sat/" + token;
	}

	@PostMapping("/{token}/xac-nhan")
	String confirm(@PathVariable String slug, @PathVariable String token, @RequestParam(defaultValue = "") String code,
			HttpSession session, RedirectAttributes redirect) {
		SurveyView survey = survey(slug, token);
		Object codeId = session.getAttribute("community.survey.code." + survey.id());
		try {
			if (codeId == null) {
				throw new InvalidInputException("community.survey.codeWrong");
			}
			SurveyRespondents.Respondent respondent = respondents.confirmCode(survey, (Long) codeId, code);
			session.setAttribute(CONFIRMED + survey.id(), new String[] { respondent.key(),
					respondent.villageId() == null ? "" : respondent.villageId().toString() });
		}
		catch (InvalidInputException refused) {
			redirect.addFlashAttribute("error", refused.messageKey());
			redirect.addFlashAttribute("codeSent", codeId != null);
		}
		return "redirect:/xa/" + slug + "/khao-sat/" + token;
	}

	private SurveyRespondents.Respondent respondent(SurveyView survey, HttpSession session, Model model) {
		var user = CommunityRoles.signedIn();
		model.addAttribute("signedIn", user.isPresent());
		if (user.isPresent()) {
			try {
				return respondents.respondent(user.get(), survey);
			}
			catch (InvalidInputException notTargeted) {
				model.addAttribute("notTargeted", true);
				return null;
			}
		}
		if (session.getAttribute(CONFIRMED + survey.id()) instanceof String[] confirmed) {
			return new SurveyRespondents.Respondent(confirmed[0], confirmed[1].isEmpty() ? null : Long.valueOf(confirmed[1]));
		}
		return null;
	}

	private SurveyView survey(String slug, String token) {
		AreaView commune = areas.communeBySlug(slug);
		SurveyView survey = surveys.byToken(token);
		if (survey.communeId() != commune.id()) {
			throw new vn.langso.shared.NotFoundException("survey " + token);
		}
		return survey;
	}


}
