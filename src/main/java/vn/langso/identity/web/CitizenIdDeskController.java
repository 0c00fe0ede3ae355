package vn.langso.identity.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.langso.identity.Areas;
import vn.langso.identity.CitizenIdLinks;
import vn.langso.identity.CurrentUser;

/**
 * The one-stop officer proves a citizen's CCCD link at the desk: they type the number from the card the
 * person hands them (by POST, so it stays out of addresses and logs), check the name, and confirm.
 */
@Controller
@PreAuthorize("hasRole('ONE_STOP_OFFICER')")
class CitizenIdDeskController {

	static final String PATH = "/staff/xac-minh-cccd";

	private final CitizenIdLinks links;

	private final Areas areas;

	CitizenIdDeskController(CitizenIdLinks links, Areas areas) {
		this.links = links;
		this.areas = areas;
	}

	@GetMapping(PATH)
	String page() {
		return "identity/staff/citizen-id-desk";
	}

	@PostMapping(PATH)
	String find(CurrentUser officer, @RequestParam(required = false) String citizenId, Model model) {
		model.addAttribute("searched", true);
		links.findForDesk(officer, citizenId == null ? null : citizenId.strip()).ifPresent(account -> {
			model.addAttribute("account", account);
			model.addAttribute("village", account.villageId() == null ? null
					: areas.byId(account.villageId()).map(v -> v.name()).orElse(null));
		});
		return "identity/staff/citizen-id-desk";
	}

	@PostMapping(PATH + "/{accountId}/xac-nhan")
	String confirm(CurrentUser officer, @PathVariable long accountId,
			@RequestParam(required = false) boolean cardSeen, RedirectAttributes redirect) {
		if (!cardSeen) {
			redirect.addFlashAttribute("problem", "desk.citizenId.cardNotSeen");
			return "redirect:" + PATH;
		}
		redirect.addFlashAttribute("confirmed", links.confirmAtDesk(officer, accountId).fullName());
		return "redirect:" + PATH;
	}

}
