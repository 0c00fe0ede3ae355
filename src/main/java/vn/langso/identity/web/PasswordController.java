package vn.langso.identity.web;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.langso.identity.CurrentUser;
import vn.langso.identity.PasswordChange;
import vn.langso.identity.PasswordChanges;
import vn.langso.identity.RegistrationRefused;

/** A person's own password change, from their account page. */
@Controller
class PasswordController {

	private final PasswordChanges changes;

	PasswordController(PasswordChanges changes) {
		this.changes = changes;
	}

	@GetMapping("/tai-khoan/mat-khau")
	String form(CurrentUser user, @ModelAttribute("change") PasswordChange change) {
		return "identity/password";
	}

	@PostMapping("/tai-khoan/mat-khau")
	String change(CurrentUser user, @Valid @ModelAttribute("change") PasswordChange change, BindingResult errors,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				changes.change(user, change);
				redirect.addFlashAttribute("passwordChanged", true);
				return "redirect:/tai-khoan";
			}
			catch (RegistrationRefused refused) {
				refused.problems().forEach(p -> errors.rejectValue(p.field(), p.messageKey()));
			}
		}
		return "identity/password";
	}

}
