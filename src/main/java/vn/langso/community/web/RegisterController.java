package vn.langso.community.web;

import jakarta.validation.Valid;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
import vn.langso.community.CommunityIndicators;
import vn.langso.community.DigitalTeams;
import vn.langso.community.Gender;
import vn.langso.community.HouseholdView;
import vn.langso.community.HousePlates;
import vn.langso.community.Relation;
import vn.langso.community.ResidentForm;
import vn.langso.community.ResidentView;
import vn.langso.community.HouseholdCards;
import vn.langso.community.Residents;
import vn.langso.identity.Areas;
import vn.langso.identity.CommuneAccess;
import vn.langso.identity.CurrentUser;
import vn.langso.shared.InvalidInputException;
import vn.langso.shared.NotFoundException;

/** The register for village heads, the digital team and the commune: villages, households, residents. */
@Controller
@RequestMapping("/staff/cong-dong")
@PreAuthorize(CommunityRoles.REGISTER)
class RegisterController {

	private final Residents residents;

	private final CommunityIndicators indicators;

	private final DigitalTeams teams;

	private final HousePlates plates;

	private final CommuneAccess access;

	private final Areas areas;

	private final HouseholdCards cards;

	RegisterController(Residents residents, CommunityIndicators indicators, DigitalTeams teams, HousePlates plates,
			CommuneAccess access, Areas areas, HouseholdCards cards) {
		this.cards = cards;
		this.residents = residents;
		this.indicators = indicators;
		this.teams = teams;
		this.plates = plates;
		this.access = access;
		this.areas = areas;
	}

	@GetMapping
	String overview(CurrentUser user, @RequestParam(required = false) Long commune, Model model) {
		long communeId = access.communeFor(user, commune);
		model.addAttribute("commune", areas.commune(communeId));
		model.addAttribute("indicators", indicators.ofCommune(communeId));
		model.addAttribute("assigned", teams.assignedTo(user));
		return "community/overview";
	}

	@GetMapping("/thon/{villageId}")
	String village(CurrentUser user, @PathVariable long villageId, @RequestParam(required = false) String q, Model model) {
		var village = areas.byId(villageId).orElseThrow(() -> new NotFoundException("village " + villageId));
		long communeId = village.parentId();
		access.require(user, communeId);
		model.addAttribute("commune", areas.commune(communeId));
		model.addAttribute("village", village);
		model.addAttribute("q", q);
		model.addAttribute("households", residents.households(user, communeId, villageId, q));
		model.addAttribute("lanes", residents.households(user, communeId, villageId, null).stream()
			.map(HouseholdView::lane).distinct().toList());
		return "community/village";
	}

	@GetMapping("/ho/{id}")
	String household(CurrentUser user, @PathVariable long id, Model model) {
		HouseholdView h = residents.household(user, id);
		model.addAttribute("household", h);
		model.addAttribute("village", areas.byId(h.villageId()).orElseThrow());
		model.addAttribute("members", residents.members(user, id));
		model.addAttribute("visits", teams.visits(user, h.communeId(), id, 20));
		model.addAttribute("teams", teams.teams(user, h.communeId()));
		model.addAttribute("assignee", teams.assigneeOf(user, id).orElse(null));
		return "community/household";
	}

	@GetMapping("/thon/{villageId}/them")
	String newResident(CurrentUser user, @PathVariable long villageId, @RequestParam(required = false) String lane,
			@RequestParam(required = false) String houseNumber, Model model) {
		model.addAttribute("form", new ResidentForm("", Relation.HEAD, null, null, "", "", false, false, false, false,
				null, ""));
		return addPage(user, villageId, lane, houseNumber, model);
	}

	@PreAuthorize(CommunityRoles.REGISTER_WRITE)
	@PostMapping("/thon/{villageId}/them")
	String add(CurrentUser user, @PathVariable long villageId, @RequestParam(defaultValue = "") String lane,
			@RequestParam(defaultValue = "") String houseNumber, @Valid @ModelAttribute("form") ResidentForm form,
			BindingResult errors, Model model) {
		var village = areas.byId(villageId).orElseThrow(() -> new NotFoundException("village " + villageId));
		if (!errors.hasErrors()) {
			try {
				long id = residents.add(user, village.parentId(), villageId, lane, houseNumber, form);
				return "redirect:/staff/cong-dong/ho/" + residents.resident(user, id).householdId();
			}
			catch (InvalidInputException invalid) {
				errors.reject(invalid.messageKey());
			}
		}
		return addPage(user, villageId, lane, houseNumber, model);
	}

	/** Gives the household to a team member; the value is "teamId:accountId". */
	@PreAuthorize(CommunityRoles.REGISTER_WRITE)
	@PostMapping("/ho/{id}/phan-cong")
	String assign(CurrentUser user, @PathVariable long id, @RequestParam String member, RedirectAttributes redirect) {
		String[] parts = member.split(":");
		try {
			teams.assign(user, Long.parseLong(parts[0]), Long.parseLong(parts[1]), id);
			redirect.addFlashAttribute("assigned", true);
		}
		catch (InvalidInputException | NumberFormatException | ArrayIndexOutOfBoundsException invalid) {
			redirect.addFlashAttribute("assignError", true);
		}
		return "redirect:/staff/cong-dong/ho/" + id;
	}

	@GetMapping("/nhan-khau/{id}")
	String resident(CurrentUser user, @PathVariable long id, Model model) {
		ResidentView r = residents.resident(user, id);
		model.addAttribute("resident", r);
		model.addAttribute("form", ResidentForm.from(r));
		return residentPage(user, r, model);
	}

	@PreAuthorize(CommunityRoles.REGISTER_WRITE)
	@PostMapping("/nhan-khau/{id}")
	String change(CurrentUser user, @PathVariable long id, @Valid @ModelAttribute("form") ResidentForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		ResidentView r = residents.resident(user, id);
		if (!errors.hasErrors()) {
			try {
				residents.change(user, id, form);
				redirect.addFlashAttribute("saved", true);
				return "redirect:/staff/cong-dong/nhan-khau/" + id;
			}
			catch (InvalidInputException invalid) {
				errors.reject(invalid.messageKey());
			}
		}
		model.addAttribute("resident", r);
		return residentPage(user, r, model);
	}

	@GetMapping(value = "/bien-so", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> plates(CurrentUser user, @RequestParam long village, @RequestParam(required = false) String lane) {
		var v = areas.byId(village).orElseThrow(() -> new NotFoundException("village " + village));
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		byte[] pdf = plates.sheet(user, v.parentId(), village, lane, base);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
				.filename("bien-so-" + v.slug() + ".pdf").build().toString())
			.contentType(MediaType.APPLICATION_PDF)
			.body(pdf);
	}

	@GetMapping("/lien-he")
	String contactRequests(CurrentUser user, @RequestParam(required = false) Long commune, Model model) {
		long communeId = access.communeFor(user, commune);
		model.addAttribute("commune", areas.commune(communeId));
		model.addAttribute("requests", cards.contactRequests(user, communeId));
		return "community/contact-requests";
	}

	private String addPage(CurrentUser user, long villageId, String lane, String houseNumber, Model model) {
		var village = areas.byId(villageId).orElseThrow(() -> new NotFoundException("village " + villageId));
		access.require(user, village.parentId(), villageId);
		model.addAttribute("village", village);
		model.addAttribute("lane", lane);
		model.addAttribute("houseNumber", houseNumber);
		model.addAttribute("relations", Relation.values());
		model.addAttribute("genders", Gender.values());
		return "community/resident-new";
	}

	private String residentPage(CurrentUser user, ResidentView r, Model model) {
		model.addAttribute("household", residents.household(user, r.householdId()));
		model.addAttribute("history", residents.history(user, r.id()));
		model.addAttribute("relations", Relation.values());
		model.addAttribute("genders", Gender.values());
		return "community/resident";
	}

}
