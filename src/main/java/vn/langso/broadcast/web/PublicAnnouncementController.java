package vn.langso.broadcast.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.langso.broadcast.AnnouncementView;
import vn.langso.broadcast.Announcements;
import vn.langso.broadcast.Channel;
import vn.langso.identity.AreaView;
import vn.langso.identity.Areas;
import vn.langso.identity.CurrentUser;
import vn.langso.shared.NotFoundException;

/** The commune's announcements on the portal, and a signed-in resident's in-app notifications. */
@Controller
class PublicAnnouncementController {

	private final Announcements announcements;

	private final Areas areas;

	PublicAnnouncementController(Announcements announcements, Areas areas) {
		this.announcements = announcements;
		this.areas = areas;
	}

	@GetMapping("/xa/{slug}/thong-bao")
	String list(@PathVariable String slug, Model model) {
		AreaView commune = areas.communeBySlug(slug);
		model.addAttribute("commune", commune);
		model.addAttribute("announcements", announcements.published(commune.id(), Channel.PORTAL, 50));
		return "broadcast/public-list";
	}

	@GetMapping("/xa/{slug}/thong-bao/{id}")
	String one(@PathVariable String slug, @PathVariable long id, Model model) {
		AreaView commune = areas.communeBySlug(slug);
		AnnouncementView announcement = announcements.view(commune.id(), id);
		if (!announcement.published() || !announcement.channels().contains(Channel.PORTAL)) {
			throw new NotFoundException("announcement " + id);
		}
		model.addAttribute("commune", commune);
		model.addAttribute("announcement", announcement);
		return "broadcast/public-one";
	}

	@GetMapping("/tai-khoan/thong-bao")
	String mine(CurrentUser user, Model model) {
		model.addAttribute("announcements", user.communeId() == null ? java.util.List.of()
				: announcements.inAppFor(user.communeId(), user.villageId(), 50));
		return "broadcast/my-notifications";
	}

}
