package vn.langso.community.web;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.langso.community.HouseholdView;
import vn.langso.community.ResidentForm;
import vn.langso.community.ResidentView;
import vn.langso.community.Residents;
import vn.langso.community.SurveyForm;
import vn.langso.community.SurveyResults;
import vn.langso.community.SurveyView;
import vn.langso.community.Surveys;
import vn.langso.identity.CommuneAccess;
import vn.langso.identity.CurrentUser;

/**
 * REST API of the household register and surveys, for the same officials as the staff pages (village heads,
 * digital teams, leaders, administrators; surveys also one-stop officers) and scoped the same way: a commune
 * not one's own is a 404, and every read of a resident is audited by {@link Residents}.
 */
@RestController
@RequestMapping("/api/v1")
class CommunityApiController {

	private final Residents residents;

	private final Surveys surveys;

	private final CommuneAccess access;

	CommunityApiController(Residents residents, Surveys surveys, CommuneAccess access) {
		this.residents = residents;
		this.surveys = surveys;
		this.access = access;
	}

	@GetMapping("/households")
	@PreAuthorize(CommunityRoles.REGISTER)
	List<HouseholdView> households(CurrentUser user, @RequestParam(required = false) Long commune,
			@RequestParam(required = false) Long village, @RequestParam(required = false) String q) {
		return residents.households(user, access.communeFor(user, commune), village, q);
	}

	@GetMapping("/households/{id}")
	@PreAuthorize(CommunityRoles.REGISTER)
	HouseholdView household(CurrentUser user, @PathVariable long id) {
		return residents.household(user, id);
	}

	@GetMapping("/households/{id}/residents")
	@PreAuthorize(CommunityRoles.REGISTER)
	List<ResidentView> members(CurrentUser user, @PathVariable long id) {
		return residents.members(user, id);
	}

	@GetMapping("/residents/{id}")
	@PreAuthorize(CommunityRoles.REGISTER)
	ResidentView resident(CurrentUser user, @PathVariable long id) {
		return residents.resident(user, id);
	}

	@PutMapping("/residents/{id}")
	@PreAuthorize(CommunityRoles.REGISTER_WRITE) // the overseer reads only
	ResidentView change(CurrentUser user, @PathVariable long id, @Valid @RequestBody ResidentForm form) {
		residents.change(user, id, form);
		return residents.resident(user, id);
	}

	@GetMapping("/surveys")
	@PreAuthorize(CommunityRoles.SURVEYS)
	List<SurveyView> surveys(CurrentUser user, @RequestParam(required = false) Long commune) {
		return surveys.ofCommune(user, access.communeFor(user, commune));
	}

	@PostMapping("/surveys")
	@PreAuthorize(CommunityRoles.SURVEYS)
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<SurveyView> createSurvey(CurrentUser user, @RequestParam(required = false) Long commune,
			@Valid @RequestBody SurveyForm form) {
		long id = surveys.create(user, access.communeFor(user, commune), form);
		return ResponseEntity.created(URI.create("/api/v1/surveys/" + id)).body(surveys.forStaff(user, id));
	}

	@GetMapping("/surveys/{id}")
	@PreAuthorize(CommunityRoles.SURVEYS)
	SurveyView survey(CurrentUser user, @PathVariable long id) {
		return surveys.forStaff(user, id);
	}

	@GetMapping("/surveys/{id}/results")
	@PreAuthorize(CommunityRoles.SURVEYS)
	SurveyResults results(CurrentUser user, @PathVariable long id) {
		return surveys.results(user, id);
	}

}
