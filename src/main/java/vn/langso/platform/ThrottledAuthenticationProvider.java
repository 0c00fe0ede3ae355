package vn.langso.platform;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import vn.langso.identity.AccountSignIn;
import vn.langso.identity.LoginThrottle;

/**
 * Password sign-in behind the login throttle: a locked login (or an address that failed too often) is
 * refused before its password is even checked, and every wrong password counts towards the locks. The
 * client address is the request's remote address, which the forwarded headers set behind the proxy.
 */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;

	private final LoginThrottle throttle;

	ThrottledAuthenticationProvider(AccountSignIn accounts, PasswordEncoder encoder, LoginThrottle throttle) {
		this.passwords = new DaoAuthenticationProvider(accounts);
		this.passwords.setPasswordEncoder(encoder);
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String login = authentication.getName();
		String address = authentication.getDetails() instanceof WebAuthenticationDetails details
				? details.getRemoteAddress() : null;
		if (throttle.isLocked(login, address)) {
			throw new LockedException("too many failed sign-ins");
		}
		try {
			Authentication result = passwords.authenticate(authentication);
			throttle.recordSuccess(login, address);
			return result;
		}
		catch (BadCredentialsException wrongPassword) {
			throttle.recordFailure(login, address);
			if (throttle.isLocked(login, address)) {
				throw new LockedException("too many failed sign-ins", wrongPassword);
			}
			throw wrongPassword;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
