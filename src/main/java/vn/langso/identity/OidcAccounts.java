package vn.langso.identity;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.langso.shared.CitizenId;

/**
 * Links a person signed in by an external identity provider (VNeID-style federation) to a platform
 * account: by the CCCD number in the configured claim, opening a citizen account the first time.
 * Such accounts get an unusable random password, so they can only sign in through the provider. The
 * provider's claim proves the CCCD ({@link CitizenIdProof#OIDC}); an account that merely typed the same
 * number is never entered this way.
 */
@Service
@Transactional
public class OidcAccounts {

	private final AccountRepository accounts;

	private final AreaRepository areas;

	private final PasswordEncoder passwords;

	private final String defaultCommuneCode;

	private final AuditLog audit;

	private final Clock clock;

	OidcAccounts(AccountRepository accounts, AreaRepository areas, PasswordEncoder passwords,
			@Value("${langso.oidc.default-commune-code:}") String defaultCommuneCode, AuditLog audit, Clock clock) {
		this.accounts = accounts;
		this.areas = areas;
		this.passwords = passwords;
		this.defaultCommuneCode = defaultCommuneCode;
		this.audit = audit;
		this.clock = clock;
	}

	/** The account for a verified citizen id, or empty when the claim holds no valid CCCD number. */
	public Optional<CurrentUser> accountFor(String citizenIdClaim, String fullName) {
		if (!CitizenId.isValid(citizenIdClaim)) {
			return Optional.empty();
		}
		Optional<Account> existing = accounts.findByCitizenId(citizenIdClaim);
		if (existing.isPresent() && existing.get().citizenIdIsProven()) {
			return existing.map(Account::currentUser);
		}
		Optional<Area> commune = areas.findByCode(defaultCommuneCode).filter(a -> a.view().level() == AreaLevel.COMMUNE);
		if (commune.isEmpty()) {
			return Optional.empty();
		}
		// An account that only typed this CCCD may be an impostor's: the provider's proven holder never
		// enters it; the number is taken from it (audited) and the holder gets an account of their own.
		existing.ifPresent(claimed -> accounts.releaseUnprovenCitizenId(claimed.id()));
		String name = fullName == null || fullName.isBlank() ? citizenIdClaim : fullName;
		Account account = new Account("vneid-" + citizenIdClaim, name, passwords.encode(UUID.randomUUID().toString()),
				commune.get().view().parentId(), commune.get().id(), EnumSet.of(Role.CITIZEN))
			.withContact(null, citizenIdClaim, null)
			.citizenIdProven(CitizenIdProof.OIDC, clock.instant());
		CurrentUser holder = accounts.save(account).currentUser();
		existing.ifPresent(claimed -> audit.record(holder, claimed.communeId(), "CITIZEN_ID_RELEASED", "account",
				String.valueOf(claimed.id()), "CCCD proven by the identity provider for account " + holder.accountId()));
		return Optional.of(holder);
	}

}
