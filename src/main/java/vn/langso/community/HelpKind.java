package vn.langso.community;

/** What the digital team helped a household with on a visit. */
public enum HelpKind {

	INSTALL_VNEID, VNEID_LEVEL2, OPEN_EPAYMENT, ONLINE_PROCEDURE, FEEDBACK_APP, SMARTPHONE_BASICS, OTHER;

	public String messageKey() {
		return "community.help." + name();
	}

}
