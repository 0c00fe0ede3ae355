package vn.langso.feedback.web;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.langso.feedback.EventView;
import vn.langso.feedback.ReportView;
import vn.langso.feedback.StaffInbox;
import vn.langso.identity.CommuneAccess;
import vn.langso.identity.CurrentUser;

/**
 * REST API of the feedback inbox, for the officials who see the inbox page (every staff role), scoped to
 * their commune; who reported is not part of it (the page shows it only on demand, audited).
 */
@RestController
@RequestMapping("/api/v1/feedback-reports")
@PreAuthorize("hasAnyRole('ONE_STOP_OFFICER', 'SPECIALIST', 'COMMUNE_LEADER', 'VILLAGE_HEAD', 'DIGITAL_TEAM_MEMBER', "
		+ "'BROADCAST_OPERATOR', 'PROVINCE_OVERSEER', 'ADMINISTRATOR')")
class StaffFeedbackApiController {

	private final StaffInbox inbox;

	private final CommuneAccess access;

	StaffFeedbackApiController(StaffInbox inbox, CommuneAccess access) {
		this.inbox = inbox;
		this.access = access;
	}

	/** filter: open (default), new, mine, overdue or all, as on the inbox page. */
	@GetMapping
	List<ReportView> reports(CurrentUser user, @RequestParam(required = false) Long commune,
			@RequestParam(defaultValue = "open") String filter) {
		return inbox.inbox(user, access.communeFor(user, commune), filter);
	}

	@GetMapping("/{id}")
	ReportView report(CurrentUser user, @PathVariable long id) {
		return inbox.forStaff(user, id);
	}

	@GetMapping("/{id}/history")
	List<EventView> history(CurrentUser user, @PathVariable long id) {
		return inbox.historyForStaff(user, id);
	}

}
