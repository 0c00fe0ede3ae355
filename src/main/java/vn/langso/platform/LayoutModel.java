package vn.langso.platform;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.langso.identity.CurrentUser;
import vn.langso.shared.NavigationLink;

/** What the shared layout needs on every page: who is signed in and the staff links they may use. */
@ControllerAdvice
class LayoutModel {

	private final List<NavigationLink> links;

	private final String mapTileUrl;

	LayoutModel(List<NavigationLink> links, @Value("${langso.map.tile-url}") String mapTileUrl) {
		this.links = links.stream().sorted(Comparator.comparingInt(NavigationLink::order)).toList();
		this.mapTileUrl = mapTileUrl;
	}

	@ModelAttribute("currentUser")
	CurrentUser currentUser() {
		return CurrentUserArgumentResolver.current().orElse(null);
	}

	@ModelAttribute("staffNavigation")
	List<NavigationLink> staffNavigation() {
		Set<String> roles = CurrentUserArgumentResolver.current().map(CurrentUser::roleNames).orElse(Set.of());
		return links.stream().filter(link -> link.visibleTo(roles)).toList();
	}

	@ModelAttribute("mapTileUrl")
	String mapTileUrl() {
		return mapTileUrl;
	}

}
