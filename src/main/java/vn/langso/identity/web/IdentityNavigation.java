package vn.langso.identity.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.langso.identity.Role;
import vn.langso.shared.NavigationLink;

@Configuration(proxyBeanMethods = false)
class IdentityNavigation {

	@Bean
	NavigationLink directoryLink() {
		return new NavigationLink("nav.directory", "/staff/danh-ba", Role.names(Role.ADMINISTRATOR, Role.COMMUNE_LEADER), 800);
	}

	@Bean
	NavigationLink accountsLink() {
		return new NavigationLink("nav.accounts", "/staff/tai-khoan", Set.of(Role.ADMINISTRATOR.name()), 850);
	}

	@Bean
	NavigationLink areasLink() {
		return new NavigationLink("nav.areas", "/staff/don-vi", Set.of(Role.ADMINISTRATOR.name()), 840);
	}

	@Bean
	NavigationLink citizenIdDeskLink() {
		return new NavigationLink("nav.citizenIdDesk", "/staff/xac-minh-cccd", Set.of(Role.ONE_STOP_OFFICER.name()), 860);
	}

	@Bean
	NavigationLink auditLogLink() {
		return new NavigationLink("nav.auditLog", "/staff/nhat-ky", Set.of(Role.ADMINISTRATOR.name()), 900);
	}

}
