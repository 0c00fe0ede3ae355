package vn.langso.dashboard;

/**
 * Hà Nội's five components of a smart village (thôn thông minh): community digital team, smart
 * communication, e-commerce, smart tourism, social services.
 */
public enum VillageComponent {
	DIGITAL_TEAM, SMART_COMMUNICATION, E_COMMERCE, SMART_TOURISM, SOCIAL_SERVICES;

	public String messageKey() {
		return "dashboard.component." + name();
	}
}
