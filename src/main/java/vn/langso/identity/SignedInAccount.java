package vn.langso.identity;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The security principal of a signed-in account. It is serialised into the JDBC session, so it holds
 * only the small {@link CurrentUser} and, until sign-in completes, the password hash.
 */
public final class SignedInAccount implements UserDetails, CredentialsContainer, HasCurrentUser {

	private final CurrentUser user;

	private String passwordHash;

	private final boolean enabled;

	SignedInAccount(CurrentUser user, String passwordHash, boolean enabled) {
		this.user = user;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
	}

	@Override
	public CurrentUser user() {
		return user;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return authoritiesOf(user);
	}

	/** The Spring Security authorities of a user's roles. */
	public static List<SimpleGrantedAuthority> authoritiesOf(CurrentUser user) {
		List<SimpleGrantedAuthority> authorities = new java.util.ArrayList<>(
				user.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList());
		if (user.isProvinceWide()) {
			// province-wide definitions (procedures, indicators, communes) are changed only by province accounts
			authorities.add(new SimpleGrantedAuthority(Role.PROVINCE_WIDE_AUTHORITY));
		}
		return List.copyOf(authorities);
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return user.username();
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

}
