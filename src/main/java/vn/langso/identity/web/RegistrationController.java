package vn.langso.identity.web;

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
import vn.langso.identity.RegistrationRefused;

/** A citizen opens an account with their CCCD number and phone; every refusal names the field at fault. */
@Controller
class RegistrationController {

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
			Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				accounts.registerCitizen(registration);
				redirect.addFlashAttribute("registered", true);
				return "redirect:/dang-nhap";
			}
			catch (RegistrationRefused refused) {
				refused.problems().forEach(p -> errors.rejectValue(p.field(), p.messageKey()));
			}
		}
		return page(model);
	}

	private String page(Model model) {
		model.addAttribute("communes", areas.communes());
		model.addAttribute("villages", areas.all().stream().filter(v -> v.level() == AreaLevel.VILLAGE).toList());
		return "identity/register";
	}

}
