package vn.langso.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.langso.identity.Accounts;
import vn.langso.identity.AccountView;
import vn.langso.identity.Areas;
import vn.langso.identity.CurrentUser;

/** A person's own page: their data as the platform knows it, so they never retype it. */
@Controller
class MyAccountController {

	private final Accounts accounts;

	private final Areas areas;

	MyAccountController(Accounts accounts, Areas areas) {
		this.accounts = accounts;
		this.areas = areas;
	}

	@GetMapping("/tai-khoan")
	String mine(CurrentUser user, Model model) {
		AccountView account = accounts.own(user);
		model.addAttribute("account", account);
		model.addAttribute("commune", account.communeId() == null ? null : areas.commune(account.communeId()));
		model.addAttribute("village", account.villageId() == null ? null : areas.byId(account.villageId()).orElse(null));
		return "identity/my-account";
	}

}
