package vn.langso.identity;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.langso.shared.NotFoundException;

/**
 * A person changes their own password: the current one proves it is them (a session left open on a
 * shared computer is not enough), the new one follows the {@link PasswordPolicy} with the account's
 * own phone, CCCD and login as the personal facts it must not contain.
 */
@Service
@Transactional
public class PasswordChanges {

	private final AccountRepository accounts;

	private final PasswordEncoder passwords;

	PasswordChanges(AccountRepository accounts, PasswordEncoder passwords) {
		this.accounts = accounts;
		this.passwords = passwords;
	}

	/** Changes the password, or refuses with the fields at fault and changes nothing. */
	public void change(CurrentUser user, PasswordChange change) {
		Account account = accounts.findById(user.accountId()).orElseThrow(() -> new NotFoundException("account"));
		List<FieldProblem> problems = new ArrayList<>();
		if (!passwords.matches(change.currentPassword(), account.passwordHash())) {
			problems.add(new FieldProblem("currentPassword", "validation.password.currentWrong"));
		}
		AccountView view = account.view();
		PasswordPolicy.problem(change.password(), view.phone(), view.citizenId(), view.username())
			.ifPresent(key -> problems.add(new FieldProblem("password", key)));
		if (!change.password().equals(change.confirmation())) {
			problems.add(new FieldProblem("confirmation", "validation.password.confirmation"));
		}
		if (!problems.isEmpty()) {
			throw new RegistrationRefused(problems);
		}
		account.passwordChanged(passwords.encode(change.password()));
	}

}
