package vn.langso.dashboard.web;

/** Who may do what on the dashboard pages (Spring Security expressions). */
final class DashboardRoles {

	/** Refreshing the store by hand. */
	static final String REFRESH = "hasAnyRole('ADMINISTRATOR', 'COMMUNE_LEADER', 'PROVINCE_OVERSEER')";

	/** The province comparison. */
	static final String PROVINCE = "hasAnyRole('PROVINCE_OVERSEER', 'ADMINISTRATOR')";

	/** Indicator definitions: read by every administrator. */
	static final String DEFINITIONS = "hasRole('ADMINISTRATOR')";

	/** Changing them: they are the province's, shared by all its communes, so a province administrator's. */
	static final String CHANGE_DEFINITIONS = vn.langso.identity.Role.PROVINCE_ADMINISTRATOR;

	private DashboardRoles() {
	}

}
