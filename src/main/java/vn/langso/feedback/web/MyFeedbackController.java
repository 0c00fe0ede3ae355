package vn.langso.feedback.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.langso.feedback.ReportFollowUp;
import vn.langso.identity.Areas;
import vn.langso.identity.CurrentUser;

/** A resident's own reports and the notifications about reports they follow. */
@Controller
class MyFeedbackController {

	private final ReportFollowUp followUp;

	private final Areas areas;

	MyFeedbackController(ReportFollowUp followUp, Areas areas) {
		this.followUp = followUp;
		this.areas = areas;
	}

	@GetMapping("/tai-khoan/phan-anh")
	String mine(CurrentUser user, Model model) {
		model.addAttribute("reports", followUp.mine(user));
		model.addAttribute("notifications", followUp.notifications(user));
		model.addAttribute("communes", areas.communes());
		return "feedback/mine";
	}

}
