package vn.langso.identity;

import java.util.Set;

/** An official of a commune as other modules need them to assign work or notify: name and roles, no personal data. */
public record StaffMember(long accountId, String fullName, Set<Role> roles, Long villageId) {

	public StaffMember {
		roles = Set.copyOf(roles);
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}

}
