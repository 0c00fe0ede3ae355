package vn.langso.dossier.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.langso.dossier.DossierFees;
import vn.langso.identity.CurrentUser;
import vn.langso.shared.ConflictException;

/** The one-stop officer records a fee the citizen paid in cash at the counter. */
@Controller
@PreAuthorize("hasRole('ONE_STOP_OFFICER')")
class CounterPaymentController {

	private final DossierFees fees;

	CounterPaymentController(DossierFees fees) {
		this.fees = fees;
	}

	@PostMapping("/staff/ho-so/{id}/thu-phi-tai-quay")
	String record(CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		try {
			fees.recordCounterPayment(user, id);
			redirect.addFlashAttribute("done", "COUNTER_PAYMENT");
		}
		catch (ConflictException refused) {
			redirect.addFlashAttribute("problem", refused.getMessage());
		}
		return "redirect:/staff/ho-so/" + id;
	}

}
