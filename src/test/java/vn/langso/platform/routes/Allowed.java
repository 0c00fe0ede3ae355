package vn.langso.platform.routes;

import java.util.Set;

import vn.langso.identity.Role;
import vn.langso.platform.routes.DemoAccounts.Who;
import vn.langso.platform.routes.DemoRouteValues.DataScope;

/**
 * Who a route group is declared for. {@code home} is true when the path names no record, so the
 * request is about the account's own commune or village.
 */
@FunctionalInterface
interface Allowed {

	boolean allows(Who who, DataScope scope, boolean home);

	default Allowed or(Allowed other) {
		return (who, scope, home) -> allows(who, scope, home) || other.allows(who, scope, home);
	}

	static Allowed anyone() {
		return (who, scope, home) -> true;
	}

	static Allowed nobody() {
		return (who, scope, home) -> false;
	}

	static Allowed signedIn() {
		return (who, scope, home) -> !who.anonymous();
	}

	/** A demo citizen on their own records: Mai's dossiers are the OWN scope's, Hùng's the OTHER_VILLAGE's. */
	static Allowed owner() {
		return (who, scope, home) -> "0912345678".equals(who.login()) && (home || scope == DataScope.OWN)
				|| "0987654321".equals(who.login()) && (home || scope == DataScope.OTHER_VILLAGE);
	}

	/** These roles, on the records of their own commune. */
	static Allowed commune(Role... roles) {
		Set<Role> wanted = Set.of(roles);
		return (who, scope, home) -> who.hasAny(wanted) && !who.provinceWide()
				&& (home || who.commune().equals(scope == DataScope.OTHER_COMMUNE ? DemoAccounts.HOANG_DONG : DemoAccounts.BINH_HOA));
	}

	/** These roles, on the records of their own village only. */
	static Allowed village(Role... roles) {
		Set<Role> wanted = Set.of(roles);
		return (who, scope, home) -> who.hasAny(wanted) && who.xom3() && (home || scope == DataScope.OWN);
	}

	/** These roles held province-wide (no commune of their own), on any commune's records. */
	static Allowed province(Role... roles) {
		Set<Role> wanted = Set.of(roles);
		return (who, scope, home) -> who.hasAny(wanted) && who.provinceWide();
	}

	/** These roles, on records that belong to the whole province (procedures, indicator definitions). */
	static Allowed anywhere(Role... roles) {
		Set<Role> wanted = Set.of(roles);
		return (who, scope, home) -> who.hasAny(wanted);
	}

	/** These roles wherever they work: their commune's, or the province's for province-wide accounts. */
	static Allowed communeOrProvince(Role... roles) {
		return commune(roles).or(province(roles));
	}

}
