package vn.langso.identity.web;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.langso.identity.AuditLog;
import vn.langso.identity.CommuneAccess;
import vn.langso.identity.CurrentUser;

/** The administrator reads who viewed or changed personal data in their commune. */
@Controller
@PreAuthorize("hasRole('ADMINISTRATOR')")
class AuditLogController {

	private final AuditLog audit;

	private final CommuneAccess access;

	AuditLogController(AuditLog audit, CommuneAccess access) {
		this.audit = audit;
		this.access = access;
	}

	@GetMapping("/staff/nhat-ky")
	String log(CurrentUser admin, @RequestParam(required = false) Long commune,
			@RequestParam(defaultValue = "0") int page, Model model) {
		PageRequest request = PageRequest.of(Math.max(page, 0), 100);
		model.addAttribute("selectedCommune", commune);
		if (admin.isProvinceWide() && commune == null) {
			model.addAttribute("entries", audit.all(request));
		}
		else {
			model.addAttribute("entries", audit.forCommune(access.communeFor(admin, commune), request));
		}
		return "identity/staff/audit-log";
	}

}
