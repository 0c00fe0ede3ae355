package vn.langso.identity.web;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.langso.identity.Accounts;
import vn.langso.identity.AreaLevel;
import vn.langso.identity.Areas;
import vn.langso.identity.CitizenRegistration;
import vn.langso.identity.FieldProblem;
import vn.langso.identity.PendingRegistration;
import vn.langso.identity.RegistrationRefused;

/**
 * A citizen opens an account with their CCCD number and phone, in two steps: the form (every refusal
 * names the field at fault), then the one-time code texted to the phone, which proves they hold it.
 * Between the steps the checked registration waits in the session.
 */
@Controller
class RegistrationController {

	static final String PENDING = "pendingRegistration";

	private final Accounts accounts;

	private final Areas areas;

	RegistrationController(Accounts accounts, Areas areas) {
		this.accounts = accounts;
		this.areas = areas;
	}

	@GetMapping("/dang-ky")
	String form(@RequestParam(required = false) Long commune, Model model) {
		model.addAttribute("registration",
				new CitizenRegistration("", "", "", "", commune, null, ""));
		return page(model);
	}

	@PostMapping("/dang-ky")
	String register(@Valid @ModelAttribute("registration") CitizenRegistration registration, BindingResult errors,
			Model model, HttpSession session) {
		if (!errors.hasErrors()) {
			try {
				session.setAttribute(PENDING, accounts.startCitizenRegistration(registration));
				return "redirect:/dang-ky/xac-nhan";
			}
			catch (RegistrationRefused refused) {
				refused.problems().forEach(p -> reject(errors, p));
			}
		}
		return page(model);
	}

	@GetMapping("/dang-ky/xac-nhan")
	String codeForm(HttpSession session, Model model) {
		if (!(session.getAttribute(PENDING) instanceof PendingRegistration pending)) {
			return "redirect:/dang-ky";
		}
		model.addAttribute("pending", pending);
		return "identity/register-code";
	}

	@PostMapping("/dang-ky/xac-nhan")
	String confirm(@RequestParam(required = false) String code, @RequestParam(required = false) String step,
			HttpSession session, Model model, RedirectAttributes redirect) {
		if (!(session.getAttribute(PENDING) instanceof PendingRegistration pending)) {
			return "redirect:/dang-ky";
		}
		model.addAttribute("pending", pending);
		try {
			if ("resend".equals(step)) {
				accounts.resendRegistrationCode(pending);
				model.addAttribute("resent", true);
				return "identity/register-code";
			}
			accounts.confirmCitizenRegistration(pending, code);
			session.removeAttribute(PENDING);
			redirect.addFlashAttribute("registered", true);
			return "redirect:/dang-nhap";
		}
		catch (RegistrationRefused refused) {
			model.addAttribute("problems", refused.problems().stream().map(FieldProblem::messageKey).toList());
			return "identity/register-code";
		}
	}

	/** Problems of the code step (too many codes) have no field on the form: they go on top of it. */
	private static void reject(BindingResult errors, FieldProblem problem) {
		if ("code".equals(problem.field())) {
			errors.reject(problem.messageKey());
		}
		else {
			errors.rejectValue(problem.field(), problem.messageKey());
		}
	}

	private String page(Model model) {
		model.addAttribute("communes", areas.communes());
		model.addAttribute("villages", areas.all().stream().filter(v -> v.level() == AreaLevel.VILLAGE).toList());
		return "identity/register";
	}

}
