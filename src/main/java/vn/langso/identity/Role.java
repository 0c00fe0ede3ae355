package vn.langso.identity;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The roles of the platform. Officials' roles are bound to one commune, except the province
 * overseer's; an administrator without a commune administers the whole province.
 */
public enum Role {

	CITIZEN(false),
	ONE_STOP_OFFICER(true),
	SPECIALIST(true),
	COMMUNE_LEADER(true),
	VILLAGE_HEAD(true),
	DIGITAL_TEAM_MEMBER(true),
	BROADCAST_OPERATOR(true),
	PRODUCER(false),
	PROVINCE_OVERSEER(true),
	ADMINISTRATOR(true);

	/**
	 * The authority of accounts that belong to no commune (province overseer, province administrator):
	 * what changes definitions shared by every commune of the province needs besides its role.
	 */
	public static final String PROVINCE_WIDE_AUTHORITY = "PROVINCE_WIDE";

	/** {@code @PreAuthorize} of changes to province-wide definitions. */
	public static final String PROVINCE_ADMINISTRATOR = "hasRole('ADMINISTRATOR') and hasAuthority('PROVINCE_WIDE')";

	private final boolean staff;

	Role(boolean staff) {
		this.staff = staff;
	}

	/** Staff roles open the staff area; citizens and producers use the public side and their own pages. */
	public boolean isStaff() {
		return staff;
	}

	/** The Spring Security authority of this role. */
	public String authority() {
		return "ROLE_" + name();
	}

	/** The UI message key of the role's Vietnamese / English name. */
	public String messageKey() {
		return "role." + name();
	}

	public static Set<String> staffRoleNames() {
		return Arrays.stream(values()).filter(Role::isStaff).map(Role::name).collect(Collectors.toUnmodifiableSet());
	}

	public static Set<String> names(Role... roles) {
		return Arrays.stream(roles).map(Role::name).collect(Collectors.toUnmodifiableSet());
	}

}
