package vn.langso.identity;

import java.io.Serializable;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The signed-in person as every module sees them: enough to scope queries by commune and to check
 * roles, nothing more. Controllers receive it as a method parameter.
 *
 * @param communeId the commune an official works for; {@code null} for province-level accounts
 * @param villageId the village of a village head or of a citizen's registered residence, if known
 */
public record CurrentUser(long accountId, String username, String fullName, Set<Role> roles, long provinceId,
		Long communeId, Long villageId) implements Serializable {

	public CurrentUser {
		roles = Set.copyOf(roles);
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}

	public boolean hasAny(Role... wanted) {
		for (Role role : wanted) {
			if (roles.contains(role)) {
				return true;
			}
		}
		return false;
	}

	public boolean isStaff() {
		return roles.stream().anyMatch(Role::isStaff);
	}

	/** Province-level accounts (overseer, province administrator) see every commune of the province. */
	public boolean isProvinceWide() {
		return communeId == null && hasAny(Role.PROVINCE_OVERSEER, Role.ADMINISTRATOR);
	}

	/**
	 * Village officials (village head, digital-team member) work on one village's register: what they
	 * see of households and residents stops at its boundary. Commune-wide roles lift the limit.
	 */
	public boolean isVillageOfficial() {
		return villageId != null && hasAny(Role.VILLAGE_HEAD, Role.DIGITAL_TEAM_MEMBER)
				&& !hasAny(Role.ONE_STOP_OFFICER, Role.SPECIALIST, Role.COMMUNE_LEADER, Role.BROADCAST_OPERATOR,
						Role.PROVINCE_OVERSEER, Role.ADMINISTRATOR);
	}

	public Set<String> roleNames() {
		return roles.stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
	}

}
