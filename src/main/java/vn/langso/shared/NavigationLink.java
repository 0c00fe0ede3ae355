package vn.langso.shared;

import java.util.Set;

/**
 * One entry of the staff navigation. Each module contributes its own links as beans, so the
 * platform can draw the menu without depending on the modules; a link shows only to the role
 * names it lists (the names of {@code vn.langso.identity.Role}).
 *
 * @param messageKey the label's key in the UI messages
 * @param path where the link goes
 * @param roles names of the roles that may see it
 * @param order position in the menu, smaller first
 */
public record NavigationLink(String messageKey, String path, Set<String> roles, int order) {

	public boolean visibleTo(Set<String> roleNames) {
		return roleNames.stream().anyMatch(roles::contains);
	}

}
