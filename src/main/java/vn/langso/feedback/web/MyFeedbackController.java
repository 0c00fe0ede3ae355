package vn.langso.feedback.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.langso.feedback.Feedback;
import vn.langso.identity.Areas;
import vn.langso.identity.CurrentUser;

/** A resident's own reports and the notifications about reports they follow. */
@Controller
class MyFeedbackController {

	private final Feedback feedback;

	private final Areas areas;

	MyFeedbackController(Feedback feedback, Areas areas) {
		this.feedback = feedback;
		this.areas = areas;
	}

	@GetMapping("/tai-khoan/phan-anh")
	String mine(CurrentUser user, Model model) {
		model.addAttribute("reports", feedback.mine(user));
		model.addAttribute("notifications", feedback.notifications(user));
		model.addAttribute("communes", areas.communes());
		return "feedback/mine";
	}

}
