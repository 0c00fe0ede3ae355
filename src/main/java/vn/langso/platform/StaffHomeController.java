package vn.langso.platform;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.langso.identity.Areas;
import vn.langso.identity.CurrentUser;

/** The staff area's landing page: the work areas of the person's roles as large buttons. */
@Controller
class StaffHomeController {

	private final Areas areas;

	StaffHomeController(Areas areas) {
		this.areas = areas;
	}

	@GetMapping("/staff")
	String home(CurrentUser user, Model model) {
		model.addAttribute("commune", user.communeId() == null ? null : areas.commune(user.communeId()));
		model.addAttribute("province", areas.byId(user.provinceId()).orElse(null));
		return "platform/staff-home";
	}

}
