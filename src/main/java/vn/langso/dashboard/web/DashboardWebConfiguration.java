package vn.langso.dashboard.web;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.langso.identity.Role;
import vn.langso.shared.NavigationLink;
import vn.langso.shared.PortalSection;

/** The module's staff links and its block on the commune's home page. */
@Configuration(proxyBeanMethods = false)
class DashboardWebConfiguration {

	@Bean
	NavigationLink dashboardLink() {
		return new NavigationLink("nav.dashboard", "/staff/chi-so", Role.staffRoleNames(), 900);
	}

	@Bean
	NavigationLink provinceDashboardLink() {
		return new NavigationLink("nav.dashboard.province", "/staff/chi-so/tinh",
				Role.names(Role.PROVINCE_OVERSEER, Role.ADMINISTRATOR), 910);
	}

	@Bean
	NavigationLink definitionsLink() {
		return new NavigationLink("nav.dashboard.definitions", "/staff/chi-so/dinh-nghia", Role.names(Role.ADMINISTRATOR),
				920);
	}

	@Bean
	PortalSection dashboardSection() {
		return new PortalSection() {

			@Override
			public int order() {
				return 900;
			}

			@Override
			public String fragment() {
				return "dashboard/fragments :: portal";
			}

			@Override
			public Map<String, Object> model(long communeId, String communeSlug) {
				return Map.of("dashboardSlug", communeSlug);
			}
		};
	}

}
