package vn.langso.platform;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import vn.langso.identity.HasCurrentUser;

/**
 * Where a person lands after signing in (back where they were going, else staff to their work and
 * citizens to their own page) and what the sign-in page says when it fails.
 */
@Component
class SignInOutcomeHandlers extends SavedRequestAwareAuthenticationSuccessHandler
		implements AuthenticationFailureHandler {

	@Override
	protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) {
		if (authentication.getPrincipal() instanceof HasCurrentUser principal && principal.user().isStaff()) {
			return "/staff";
		}
		return "/tai-khoan";
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String outcome = exception instanceof LockedException ? "locked=true" : "error=true";
		response.sendRedirect(request.getContextPath() + SecurityConfiguration.LOGIN_PAGE + "?" + outcome);
	}

}
