package vn.langso.dossier;

import java.util.Set;

import vn.langso.identity.CurrentUser;

/** Who performs a move: their account, name and role names. */
record Actor(long accountId, String name, Set<String> roles) {

	static Actor of(CurrentUser user) {
		return new Actor(user.accountId(), user.fullName(), user.roleNames());
	}

}
