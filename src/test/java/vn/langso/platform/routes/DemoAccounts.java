package vn.langso.platform.routes;

import java.util.List;
import java.util.Set;

import vn.langso.identity.Role;

/**
 * The demo accounts of the README, with where they work, as the matrix walks them: one of each role
 * in Bình Hòa, a one-stop officer of Hoằng Đồng (whose records are the others' OTHER_COMMUNE), both
 * province-wide accounts and both citizens (Mai owns the OWN scope's dossiers, Hùng the OTHER_VILLAGE's).
 * Thiên Lộc's officer would repeat Hoằng Đồng's and is left out to keep the walk short.
 */
final class DemoAccounts {

	static final String BINH_HOA = "binh-hoa";

	static final String HOANG_DONG = "hoang-dong";

	/** Someone who makes requests: their login (null for an anonymous visitor), roles and place. */
	record Who(String login, Set<Role> roles, String commune, boolean xom3) {

		boolean anonymous() {
			return login == null;
		}

		boolean provinceWide() {
			return !anonymous() && commune == null;
		}

		boolean hasAny(Set<Role> wanted) {
			return roles.stream().anyMatch(wanted::contains);
		}

		@Override
		public String toString() {
			return anonymous() ? "anonymous" : login;
		}
	}

	static final Who ANONYMOUS = new Who(null, Set.of(), null, false);

	static final List<Who> ALL = List.of(ANONYMOUS,
			new Who("0912345678", Set.of(Role.CITIZEN), BINH_HOA, true),
			new Who("0987654321", Set.of(Role.CITIZEN), BINH_HOA, true),
			new Who("motcua", Set.of(Role.ONE_STOP_OFFICER), BINH_HOA, false),
			new Who("hotich", Set.of(Role.SPECIALIST), BINH_HOA, false),
			new Who("lanhdao", Set.of(Role.COMMUNE_LEADER), BINH_HOA, false),
			new Who("truongxom", Set.of(Role.VILLAGE_HEAD), BINH_HOA, true),
			new Who("congnghe", Set.of(Role.DIGITAL_TEAM_MEMBER), BINH_HOA, true),
			new Who("truyenthanh", Set.of(Role.BROADCAST_OPERATOR), BINH_HOA, false),
			new Who("sanxuat", Set.of(Role.PRODUCER), BINH_HOA, false),
			new Who("quantri", Set.of(Role.ADMINISTRATOR), BINH_HOA, false),
			new Who("motcua.hoangdong", Set.of(Role.ONE_STOP_OFFICER), HOANG_DONG, false),
			new Who("tinh", Set.of(Role.PROVINCE_OVERSEER), null, false),
			new Who("quantri.tinh", Set.of(Role.ADMINISTRATOR), null, false));

	private DemoAccounts() {
	}

}
