package vn.langso.broadcast.web;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.langso.broadcast.AnnouncementForm;
import vn.langso.broadcast.AnnouncementView;
import vn.langso.broadcast.Announcements;
import vn.langso.broadcast.RadioSchedules;
import vn.langso.broadcast.Reach;
import vn.langso.broadcast.ScheduleForm;
import vn.langso.broadcast.ScheduleView;
import vn.langso.identity.CommuneAccess;
import vn.langso.identity.CurrentUser;

/**
 * REST API of announcements and radio schedules, with the broadcast pages' roles: readers of the
 * announcement pages may list them, broadcast operators, administrators and leaders publish; the radio
 * calendar is read by its page's roles and changed by operators and administrators. Scoped to the commune.
 */
@RestController
@RequestMapping("/api/v1")
class BroadcastApiController {

	static final String READ_ANNOUNCEMENTS = "hasAnyRole('BROADCAST_OPERATOR', 'ADMINISTRATOR', 'COMMUNE_LEADER', 'VILLAGE_HEAD', 'PROVINCE_OVERSEER')";

	static final String PUBLISH = "hasAnyRole('BROADCAST_OPERATOR', 'ADMINISTRATOR', 'COMMUNE_LEADER')";

	static final String READ_RADIO = "hasAnyRole('BROADCAST_OPERATOR', 'ADMINISTRATOR', 'COMMUNE_LEADER', 'PROVINCE_OVERSEER')";

	static final String SCHEDULE = "hasAnyRole('BROADCAST_OPERATOR', 'ADMINISTRATOR')";

	private final Announcements announcements;

	private final RadioSchedules radio;

	private final CommuneAccess access;

	BroadcastApiController(Announcements announcements, RadioSchedules radio, CommuneAccess access) {
		this.announcements = announcements;
		this.radio = radio;
		this.access = access;
	}

	@GetMapping("/announcements")
	@PreAuthorize(READ_ANNOUNCEMENTS)
	List<AnnouncementView> announcements(CurrentUser user, @RequestParam(required = false) Long commune) {
		return announcements.recent(access.communeFor(user, commune), 100);
	}

	@GetMapping("/announcements/{id}")
	@PreAuthorize(READ_ANNOUNCEMENTS)
	AnnouncementView announcement(CurrentUser user, @PathVariable long id, @RequestParam(required = false) Long commune) {
		return announcements.view(access.communeFor(user, commune), id);
	}

	@GetMapping("/announcements/{id}/reach")
	@PreAuthorize(READ_ANNOUNCEMENTS)
	Reach reach(CurrentUser user, @PathVariable long id, @RequestParam(required = false) Long commune) {
		return announcements.reach(access.communeFor(user, commune), id);
	}

	/** Publishes to the chosen channels and villages (text only: recorded audio goes through the page). */
	@PostMapping("/announcements")
	@PreAuthorize(PUBLISH)
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<AnnouncementView> publish(CurrentUser user, @RequestParam(required = false) Long commune,
			@Valid @RequestBody AnnouncementForm form) {
		AnnouncementView published = announcements.publish(access.communeFor(user, commune), user.fullName(), form, null);
		return ResponseEntity.created(URI.create("/api/v1/announcements/" + published.id())).body(published);
	}

	@GetMapping("/radio-schedules")
	@PreAuthorize(READ_RADIO)
	List<ScheduleView> schedules(CurrentUser user, @RequestParam(required = false) Long commune) {
		return radio.active(access.communeFor(user, commune));
	}

	@PostMapping("/radio-schedules")
	@PreAuthorize(SCHEDULE)
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<ScheduleView> schedule(CurrentUser user, @RequestParam(required = false) Long commune,
			@Valid @RequestBody ScheduleForm form) {
		ScheduleView scheduled = radio.schedule(access.communeFor(user, commune), form);
		return ResponseEntity.created(URI.create("/api/v1/radio-schedules/" + scheduled.id())).body(scheduled);
	}

	@DeleteMapping("/radio-schedules/{id}")
	@PreAuthorize(SCHEDULE)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	ResponseEntity<Void> cancel(CurrentUser user, @PathVariable long id, @RequestParam(required = false) Long commune) {
		radio.cancel(access.communeFor(user, commune), id);
		return ResponseEntity.noContent().build();
	}

}
