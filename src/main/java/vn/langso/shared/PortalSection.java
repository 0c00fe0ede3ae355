package vn.langso.shared;

import java.util.Map;

/**
 * A block a module adds to a commune's public home page (news, services, feedback map...), so the
 * platform draws the page without depending on the modules.
 */
public interface PortalSection {

	/** Position on the page, smaller first. */
	int order();

	/** The Thymeleaf fragment to insert, as {@code "template :: fragment"}. */
	String fragment();

	/** What the fragment needs, for the commune being shown. */
	Map<String, Object> model(long communeId, String communeSlug);

}
