package vn.langso.feedback;

/**
 * Who is reporting or acting as the reporter: a signed-in account, or an anonymous visitor whose phone
 * was confirmed by a one-time code in this session.
 */
public record Reporter(Long accountId, String name, String confirmedPhone) {

	public static Reporter account(long accountId, String name, String phone) {
		return new Reporter(accountId, name, phone);
	}

	public static Reporter anonymous(String confirmedPhone) {
		return new Reporter(null, null, confirmedPhone);
	}

	public boolean known() {
		return accountId != null || confirmedPhone != null;
	}

}
