package vn.langso.broadcast.web;

import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.langso.broadcast.Announcements;
import vn.langso.broadcast.Channel;
import vn.langso.identity.Role;
import vn.langso.shared.NavigationLink;
import vn.langso.shared.PortalSection;

@Configuration(proxyBeanMethods = false)
class BroadcastNavigation {

	@Bean
	NavigationLink announcementsLink() {
		return new NavigationLink("nav.broadcast", "/staff/truyen-thanh",
				Role.names(Role.BROADCAST_OPERATOR, Role.ADMINISTRATOR, Role.COMMUNE_LEADER, Role.VILLAGE_HEAD), 400);
	}

	@Bean
	NavigationLink radioCalendarLink() {
		return new NavigationLink("nav.radioCalendar", "/staff/truyen-thanh/lich",
				Role.names(Role.BROADCAST_OPERATOR, Role.ADMINISTRATOR, Role.COMMUNE_LEADER), 410);
	}

	/** An emergency in force, as a banner at the top of the commune's home page (negative order). */
	@Bean
	PortalSection emergencyBanner(Announcements announcements) {
		return new PortalSection() {

			@Override
			public int order() {
				return -100;
			}

			@Override
			public String fragment() {
				return "broadcast/fragments :: alert";
			}

			@Override
			public Map<String, Object> model(long communeId, String communeSlug) {
				List<?> inForce = announcements.activeEmergencies().stream().filter(a -> a.communeId() == communeId).toList();
				return Map.of("alerts", inForce, "slug", communeSlug);
			}

		};
	}

	/** The latest announcements on the commune's home page. */
	@Bean
	PortalSection announcementsSection(Announcements announcements) {
		return new PortalSection() {

			@Override
			public int order() {
				return 10;
			}

			@Override
			public String fragment() {
				return "broadcast/fragments :: news";
			}

			@Override
			public Map<String, Object> model(long communeId, String communeSlug) {
				List<?> latest = announcements.published(communeId, Channel.PORTAL, 5);
				return Map.of("announcements", latest, "slug", communeSlug);
			}

		};
	}

}
