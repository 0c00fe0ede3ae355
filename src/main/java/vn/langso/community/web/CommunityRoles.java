package vn.langso.community.web;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.langso.identity.CurrentUser;
import vn.langso.identity.HasCurrentUser;

/** Who works on the register, and the signed-in person on public pages (who may be nobody). */
final class CommunityRoles {

	static final String REGISTER = "hasAnyRole('VILLAGE_HEAD', 'DIGITAL_TEAM_MEMBER', 'COMMUNE_LEADER', 'ADMINISTRATOR', 'PROVINCE_OVERSEER')";

	/** Changing the register: the same roles except the province overseer, who oversees and only reads. */
	static final String REGISTER_WRITE = "hasAnyRole('VILLAGE_HEAD', 'DIGITAL_TEAM_MEMBER', 'COMMUNE_LEADER', 'ADMINISTRATOR')";

	static final String SURVEYS = "hasAnyRole('VILLAGE_HEAD', 'DIGITAL_TEAM_MEMBER', 'COMMUNE_LEADER', 'ADMINISTRATOR', 'ONE_STOP_OFFICER')";

	private CommunityRoles() {
	}

	static Optional<CurrentUser> signedIn() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof HasCurrentUser principal) {
			return Optional.of(principal.user());
		}
		return Optional.empty();
	}

}
