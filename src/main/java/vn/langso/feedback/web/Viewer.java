package vn.langso.feedback.web;

import java.util.Optional;

import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.langso.feedback.Reporter;
import vn.langso.identity.Accounts;
import vn.langso.identity.CurrentUser;
import vn.langso.identity.HasCurrentUser;

/** Who is looking at a public feedback page: maybe signed in, maybe an anonymous visitor with a confirmed phone. */
final class Viewer {

	static final String CONFIRMED_PHONE = "feedback.confirmedPhone";

	private Viewer() {
	}

	static Optional<CurrentUser> signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof HasCurrentUser principal) {
			return Optional.of(principal.user());
		}
		return Optional.empty();
	}

	static String confirmedPhone(HttpSession session) {
		return session == null ? null : (String) session.getAttribute(CONFIRMED_PHONE);
	}

	/** The reporter this visitor can act as, or one that is not {@link Reporter#known() known}. */
	static Reporter reporter(Accounts accounts, HttpSession session) {
		Optional<CurrentUser> user = signedIn();
		if (user.isPresent()) {
			return Reporter.account(user.get().accountId(), user.get().fullName(), accounts.own(user.get()).phone());
		}
		return Reporter.anonymous(confirmedPhone(session));
	}

}
