package vn.langso.identity;

import java.util.Optional;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.langso.shared.CitizenId;
import vn.langso.shared.PhoneNumber;

/**
 * Finds the account behind what a person typed at sign-in: a citizen types a phone number or a
 * 12-digit CCCD number, officials may also use their username.
 */
@Service
@Transactional(readOnly = true)
public class AccountSignIn implements UserDetailsService {

	private final AccountRepository accounts;

	AccountSignIn(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	public UserDetails loadUserByUsername(String login) {
		return find(login)
			.map(account -> new SignedInAccount(account.currentUser(), account.passwordHash(), account.enabled()))
			.orElseThrow(() -> new UsernameNotFoundException("unknown login"));
	}

	/** The account a typed login resolves to (phone in any spelling, CCCD, username), for the throttle. */
	Optional<Long> accountIdOf(String typed) {
		return find(typed).map(Account::id);
	}

	private Optional<Account> find(String typed) {
		String login = typed == null ? "" : typed.trim();
		if (CitizenId.isValid(login)) {
			return accounts.findByCitizenId(login);
		}
		if (PhoneNumber.isValid(login)) {
			Optional<Account> byPhone = accounts.findByPhone(PhoneNumber.parse(login).value());
			if (byPhone.isPresent()) {
				return byPhone;
			}
		}
		return accounts.findByUsername(login.toLowerCase(java.util.Locale.ROOT));
	}

}
