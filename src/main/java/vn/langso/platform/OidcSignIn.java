package vn.langso.platform;

import java.io.Serial;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.stereotype.Component;
import vn.langso.identity.CurrentUser;
import vn.langso.identity.HasCurrentUser;
import vn.langso.identity.OidcAccounts;
import vn.langso.identity.SignedInAccount;

/**
 * Sign-in through an external OpenID Connect provider, off unless a client registration is
 * configured: the provider's user is linked to a platform account by the CCCD number in the claim
 * named {@code langso.oidc.citizen-id-claim}.
 */
@Component
class OidcSignIn implements OAuth2UserService<OidcUserRequest, OidcUser> {

	private final OidcUserService provider = new OidcUserService();

	private final OidcAccounts accounts;

	private final String citizenIdClaim;

	OidcSignIn(OidcAccounts accounts, @Value("${langso.oidc.citizen-id-claim:preferred_username}") String citizenIdClaim) {
		this.accounts = accounts;
		this.citizenIdClaim = citizenIdClaim;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser external = provider.loadUser(request);
		CurrentUser user = accounts.accountFor(external.getClaimAsString(citizenIdClaim), external.getFullName())
			.orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error("no_account",
					"No valid citizen id in claim " + citizenIdClaim, null)));
		return new LinkedOidcUser(external, user);
	}

	static final class LinkedOidcUser extends DefaultOidcUser implements HasCurrentUser {

		@Serial
		private static final long serialVersionUID = 1L;

		private final CurrentUser user;

		LinkedOidcUser(OidcUser external, CurrentUser user) {
			super(SignedInAccount.authoritiesOf(user), external.getIdToken(), external.getUserInfo());
			this.user = user;
		}

		@Override
		public CurrentUser user() {
			return user;
		}

	}

}
