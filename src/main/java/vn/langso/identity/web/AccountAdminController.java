package vn.langso.identity.web;

import java.util.Arrays;
import java.util.EnumSet;

import jakarta.validation.Valid;
import org.springframework.data.domain.PageRequest;
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
import vn.langso.identity.AccountView;
import vn.langso.identity.Accounts;
import vn.langso.identity.Areas;
import vn.langso.identity.CommuneAccess;
import vn.langso.identity.CurrentUser;
import vn.langso.identity.RegistrationRefused;
import vn.langso.identity.Role;
import vn.langso.identity.StaffAccountRequest;

/** Administrators list the accounts of their commune, open officials' accounts and read one (audited). */
@Controller
@RequestMapping("/staff/tai-khoan")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class AccountAdminController {

	private static final int PAGE_SIZE = 50;

	private final Accounts accounts;

	private final CommuneAccess access;

	private final Areas areas;

	AccountAdminController(Accounts accounts, CommuneAccess access, Areas areas) {
		this.accounts = accounts;
		this.access = access;
		this.areas = areas;
	}

	@GetMapping
	String list(CurrentUser admin, @RequestParam(required = false) Long commune,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("accounts", accounts.list(admin, commune, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
		model.addAttribute("communes", areas.communes().stream().filter(c -> access.mayAccess(admin, c.id())).toList());
		model.addAttribute("selectedCommune", commune);
		return "identity/staff/accounts";
	}

	@GetMapping("/{id}")
	String show(CurrentUser admin, @PathVariable long id, Model model) {
		AccountView account = accounts.viewAsAdministrator(admin, id);
		model.addAttribute("account", account);
		model.addAttribute("commune", account.communeId() == null ? null : areas.commune(account.communeId()));
		return "identity/staff/account";
	}

	@GetMapping("/moi")
	String newAccount(CurrentUser admin, Model model) {
		model.addAttribute("staffAccount", new StaffAccountRequest("", "", "", "", admin.communeId(), null,
				EnumSet.noneOf(Role.class), ""));
		return form(admin, model);
	}

	@PostMapping("/moi")
	String create(CurrentUser admin, @Valid @ModelAttribute("staffAccount") StaffAccountRequest request,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				AccountView created = accounts.createStaff(admin, request);
				redirect.addFlashAttribute("saved", true);
				return "redirect:/staff/tai-khoan/" + created.id();
			}
			catch (RegistrationRefused refused) {
				refused.problems().forEach(p -> errors.rejectValue(p.field(), p.messageKey()));
			}
		}
		return form(admin, model);
	}

	private String form(CurrentUser admin, Model model) {
		model.addAttribute("communes", areas.communes().stream().filter(c -> access.mayAccess(admin, c.id())).toList());
		model.addAttribute("roles", Arrays.stream(Role.values()).filter(Role::isStaff).toList());
		return "identity/staff/account-form";
	}

}
