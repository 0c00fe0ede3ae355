package vn.langso.broadcast.web;

import java.io.IOException;
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
import org.springframework.web.multipart.MultipartFile;
import vn.langso.broadcast.AnnouncementForm;
import vn.langso.broadcast.AnnouncementView;
import vn.langso.broadcast.Announcements;
import vn.langso.broadcast.Channel;
import vn.langso.broadcast.Urgency;
import vn.langso.identity.AreaLevel;
import vn.langso.identity.AreaView;
import vn.langso.identity.Areas;
import vn.langso.identity.CommuneAccess;
import vn.langso.identity.CurrentUser;
import vn.langso.shared.InvalidInputException;

/** Staff write an announcement once, choose its channels and villages, and follow its reach. */
@Controller
@RequestMapping("/staff/truyen-thanh")
@PreAuthorize("hasAnyRole('BROADCAST_OPERATOR', 'ADMINISTRATOR', 'COMMUNE_LEADER', 'VILLAGE_HEAD', 'PROVINCE_OVERSEER')")
class AnnouncementController {

	private final Announcements announcements;

	private final CommuneAccess access;

	private final Areas areas;

	AnnouncementController(Announcements announcements, CommuneAccess access, Areas areas) {
		this.announcements = announcements;
		this.access = access;
		this.areas = areas;
	}

	@GetMapping
	String list(CurrentUser user, @RequestParam(required = false) Long commune, Model model) {
		long communeId = access.communeFor(user, commune);
		model.addAttribute("commune", areas.commune(communeId));
		model.addAttribute("announcements", announcements.recent(communeId, 50));
		return "broadcast/announcements";
	}

	@GetMapping("/moi")
	@PreAuthorize("hasAnyRole('BROADCAST_OPERATOR', 'ADMINISTRATOR', 'COMMUNE_LEADER')")
	String newAnnouncement(CurrentUser user, @RequestParam(required = false) Long commune, Model model) {
		return form(access.communeFor(user, commune), AnnouncementForm.empty(), model);
	}

	@PostMapping("/moi")
	@PreAuthorize("hasAnyRole('BROADCAST_OPERATOR', 'ADMINISTRATOR', 'COMMUNE_LEADER')")
	String publish(CurrentUser user, @RequestParam(required = false) Long commune,
			@Valid @ModelAttribute("announcement") AnnouncementForm form, BindingResult errors,
			@RequestParam(name = "audio", required = false) MultipartFile audio, Model model) throws IOException {
		long communeId = access.communeFor(user, commune);
		if (!errors.hasErrors()) {
			try {
				byte[] bytes = audio == null || audio.isEmpty() ? null : audio.getBytes();
				AnnouncementView published = announcements.publish(communeId, user.fullName(), form, bytes);
				return "redirect:/staff/truyen-thanh/" + published.id();
			}
			catch (InvalidInputException invalid) {
				errors.reject(invalid.messageKey());
			}
		}
		return form(communeId, form, model);
	}

	@GetMapping("/{id}")
	String reach(CurrentUser user, @PathVariable long id, @RequestParam(required = false) Long commune, Model model) {
		long communeId = access.communeFor(user, commune);
		model.addAttribute("commune", areas.commune(communeId));
		model.addAttribute("reach", announcements.reach(communeId, id));
		model.addAttribute("villageNames", villages(communeId).stream()
			.collect(java.util.stream.Collectors.toMap(AreaView::id, AreaView::name)));
		return "broadcast/reach";
	}

	private String form(long communeId, AnnouncementForm form, Model model) {
		model.addAttribute("commune", areas.commune(communeId));
		model.addAttribute("villages", villages(communeId));
		model.addAttribute("channels", Channel.values());
		model.addAttribute("urgencies", Urgency.values());
		model.addAttribute("announcement", form);
		return "broadcast/announcement-form";
	}

	private List<AreaView> villages(long communeId) {
		return areas.childrenOf(communeId).stream().filter(a -> a.level() == AreaLevel.VILLAGE).toList();
	}

}
