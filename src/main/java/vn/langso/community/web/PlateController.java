package vn.langso.community.web;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.langso.community.HouseholdCard;
import vn.langso.community.HouseholdCards;
import vn.langso.identity.CommuneAccess;
import vn.langso.identity.Role;
import vn.langso.shared.InvalidInputException;
import vn.langso.shared.QrImages;

/**
 * Where a house plate's QR leads. Anyone sees the public card (house number, lane, village, the
 * head's given name, a call-back form); a signed-in official of the commune is offered the full
 * record and the visit log, which are audited pages of the staff area.
 */
@Controller
class PlateController {

	private final HouseholdCards cards;

	private final CommuneAccess access;

	PlateController(HouseholdCards cards, CommuneAccess access) {
		this.cards = cards;
		this.access = access;
	}

	@GetMapping("/ho/{token}")
	String card(@PathVariable String token, Model model) {
		HouseholdCard card = cards.card(token);
		model.addAttribute("card", card);
		model.addAttribute("official", CommunityRoles.signedIn()
			.filter(u -> u.isStaff() && !u.roles().equals(java.util.Set.of(Role.CITIZEN)))
			.filter(u -> access.mayAccess(u, card.communeId()))
			.isPresent());
		return "community/card";
	}

	@GetMapping(value = "/ho/{token}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
	ResponseEntity<byte[]> qr(@PathVariable String token) {
		cards.card(token);
		String url = ServletUriComponentsBuilder.fromCurrentContextPath().path("/ho/{token}").buildAndExpand(token).toUriString();
		return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(QrImages.png(url, 320));
	}

	@PostMapping("/ho/{token}/lien-he")
	String contact(@PathVariable String token, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String phone, @RequestParam(defaultValue = "") String message, Model model,
			RedirectAttributes redirect) {
		try {
			cards.requestContact(token, name, phone, message);
			redirect.addFlashAttribute("sent", true);
			return "redirect:/ho/" + token;
		}
		catch (InvalidInputException invalid) {
			model.addAttribute("contactError", invalid.messageKey());
			model.addAttribute("name", name);
			model.addAttribute("message", message);
			return card(token, model);
		}
	}

}
