package vn.langso.identity;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.langso.shared.CitizenId;
import vn.langso.shared.NotFoundException;

/**
 * The one-stop desk proves that a citizen account's CCCD is its holder's: the officer finds the account
 * by the number on the card in front of them and confirms it. Finding and confirming are both written
 * to the audit log; an officer reaches only the accounts of their own commune.
 */
@Service
@Transactional
public class CitizenIdLinks {

	private final AccountRepository accounts;

	private final CommuneAccess access;

	private final AuditLog audit;

	private final java.time.Clock clock;

	CitizenIdLinks(AccountRepository accounts, CommuneAccess access, AuditLog audit, java.time.Clock clock) {
		this.accounts = accounts;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	/** The citizen account holding this CCCD in the officer's communes; the look-up is audited. */
	public Optional<AccountView> findForDesk(CurrentUser officer, String citizenId) {
		if (!CitizenId.isValid(citizenId)) {
			return Optional.empty();
		}
		Optional<Account> found = accounts.findByCitizenId(citizenId)
			.filter(a -> a.roles().contains(Role.CITIZEN) && a.communeId() != null)
			.filter(a -> access.mayAccess(officer, a.communeId()));
		found.ifPresent(a -> audit.record(officer, a.communeId(), "VIEW", "account", String.valueOf(a.id()), "CCCD check at the desk"));
		return found.map(Account::view);
	}

	/** The officer saw the person and their CCCD card: the link is proven from now on. */
	public AccountView confirmAtDesk(CurrentUser officer, long accountId) {
		Account account = accounts.findById(accountId)
			.filter(a -> a.roles().contains(Role.CITIZEN) && a.communeId() != null && a.citizenId() != null)
			.orElseThrow(() -> new NotFoundException("account"));
		access.require(officer, account.communeId());
		if (!account.citizenIdIsProven()) {
			account.citizenIdProven(CitizenIdProof.DESK, clock.instant());
			audit.record(officer, account.communeId(), "CITIZEN_ID_CONFIRMED", "account", String.valueOf(accountId),
					"CCCD card seen at the one-stop desk");
		}
		return account.view();
	}

}
