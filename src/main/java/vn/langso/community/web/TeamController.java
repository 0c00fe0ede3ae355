package vn.langso.community.web;

import java.util.List;

import jakarta.validation.Valid;
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
import vn.langso.community.DigitalTeams;
import vn.langso.community.HelpKind;
import vn.langso.community.HouseholdView;
import vn.langso.community.Residents;
import vn.langso.community.TrainingForm;
import vn.langso.community.TrainingView;
import vn.langso.community.VisitForm;
import vn.langso.identity.Areas;
import vn.langso.identity.CommuneAccess;
import vn.langso.identity.CurrentUser;
import vn.langso.shared.InvalidInputException;

/** Digital teams on the phone: teams and members, the visit log, training sessions and attendance. */
@Controller
@RequestMapping("/staff/cong-dong")
@PreAuthorize(CommunityRoles.REGISTER)
class TeamController {

	private final DigitalTeams teams;

	private final Residents residents;

	private final CommuneAccess access;

	private final Areas areas;

	TeamController(DigitalTeams teams, Residents residents, CommuneAccess access, Areas areas) {
		this.teams = teams;
		this.residents = residents;
		this.access = access;
		this.areas = areas;
	}

	@GetMapping("/to")
	String teams(CurrentUser user, @RequestParam(required = false) Long commune, Model model) {
		long communeId = access.communeFor(user, commune);
		model.addAttribute("commune", areas.commune(communeId));
		model.addAttribute("villages", areas.childrenOf(communeId));
		model.addAttribute("teams", teams.teams(user, communeId));
		model.addAttribute("visits", teams.visits(user, communeId, null, 30));
		return "community/teams";
	}

	@PreAuthorize(CommunityRoles.REGISTER_WRITE)
	@PostMapping("/to")
	String createTeam(CurrentUser user, @RequestParam(required = false) Long commune, @RequestParam String name,
			@RequestParam(required = false) Long villageId, RedirectAttributes redirect) {
		long communeId = access.communeFor(user, commune);
		try {
			teams.createTeam(user, communeId, villageId, name);
			redirect.addFlashAttribute("saved", true);
		}
		catch (InvalidInputException invalid) {
			redirect.addFlashAttribute("error", invalid.messageKey());
		}
		return "redirect:/staff/cong-dong/to";
	}

	@PreAuthorize(CommunityRoles.REGISTER_WRITE)
	@PostMapping("/to/{teamId}/thanh-vien")
	String addMember(CurrentUser user, @PathVariable long teamId, @RequestParam String username,
			RedirectAttributes redirect) {
		try {
			teams.addMember(user, teamId, username);
			redirect.addFlashAttribute("saved", true);
		}
		catch (InvalidInputException invalid) {
			redirect.addFlashAttribute("error", invalid.messageKey());
		}
		return "redirect:/staff/cong-dong/to";
	}

	@GetMapping("/ho/{id}/ghi-tham")
	String visitForm(CurrentUser user, @PathVariable long id, Model model) {
		model.addAttribute("form", new VisitForm(List.of(), ""));
		return visitPage(user, id, model);
	}

	@PreAuthorize(CommunityRoles.REGISTER_WRITE)
	@PostMapping("/ho/{id}/ghi-tham")
	String logVisit(CurrentUser user, @PathVariable long id, @Valid @ModelAttribute("form") VisitForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return visitPage(user, id, model);
		}
		teams.logVisit(user, id, form);
		redirect.addFlashAttribute("visitLogged", true);
		return "redirect:/staff/cong-dong/ho/" + id;
	}

	@GetMapping("/tap-huan")
	String trainings(CurrentUser user, @RequestParam(required = false) Long commune, Model model) {
		long communeId = access.communeFor(user, commune);
		model.addAttribute("commune", areas.commune(communeId));
		model.addAttribute("villages", areas.childrenOf(communeId));
		model.addAttribute("trainings", teams.trainings(user, communeId));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new TrainingForm("", null, user.villageId()));
		}
		return "community/trainings";
	}

	@PreAuthorize(CommunityRoles.REGISTER_WRITE)
	@PostMapping("/tap-huan")
	String createTraining(CurrentUser user, @RequestParam(required = false) Long commune,
			@Valid @ModelAttribute("form") TrainingForm form, BindingResult errors, Model model) {
		long communeId = access.communeFor(user, commune);
		if (!errors.hasErrors()) {
			try {
				long id = teams.createTraining(user, communeId, form);
				return "redirect:/staff/cong-dong/tap-huan/" + id;
			}
			catch (InvalidInputException invalid) {
				errors.reject(invalid.messageKey());
			}
		}
		return trainings(user, commune, model);
	}

	@GetMapping("/tap-huan/{id}")
	String attendance(CurrentUser user, @PathVariable long id, @RequestParam(required = false) String q,
			@RequestParam(required = false) String plate, Model model) {
		TrainingView training = teams.training(user, id);
		model.addAttribute("training", training);
		model.addAttribute("attendees", teams.attendees(user, id));
		model.addAttribute("q", q);
		if (plate != null && !plate.isBlank()) {
			String token = plate.trim().replaceAll("^.*/ho/", "").replaceAll("[/?#].*$", "");
			try {
				model.addAttribute("found", residents.membersByPlate(user, token));
			}
			catch (vn.langso.shared.NotFoundException unknown) {
				model.addAttribute("error", "community.training.unknownPlate");
			}
		}
		else if (q != null && !q.isBlank()) {
			model.addAttribute("found", residents.search(user, training.communeId(), q, 50));
		}
		return "community/attendance";
	}

	@PreAuthorize(CommunityRoles.REGISTER_WRITE)
	@PostMapping("/tap-huan/{id}/diem-danh")
	String recordAttendance(CurrentUser user, @PathVariable long id,
			@RequestParam(name = "resident", required = false) List<Long> residentIds, RedirectAttributes redirect) {
		int added = teams.recordAttendance(user, id, residentIds == null ? List.of() : residentIds);
		redirect.addFlashAttribute("added", added);
		return "redirect:/staff/cong-dong/tap-huan/" + id;
	}

	private String visitPage(CurrentUser user, long id, Model model) {
		HouseholdView h = residents.household(user, id);
		model.addAttribute("household", h);
		model.addAttribute("village", areas.byId(h.villageId()).orElseThrow());
		model.addAttribute("kinds", HelpKind.values());
		return "community/visit";
	}

}
