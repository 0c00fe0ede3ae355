package vn.langso.identity;

/**
 * A form in which someone chooses a password, checked by {@link AcceptablePassword} against the
 * {@link PasswordPolicy} with the facts about the person that the form holds.
 */
public interface PasswordChoice {

	String password();

	/** Phone, CCCD, login: what the password must not contain. */
	String[] personalFacts();

}
