package vn.langso.devices.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.langso.identity.Role;
import vn.langso.shared.NavigationLink;

@Configuration(proxyBeanMethods = false)
class DevicesNavigation {

	@Bean
	NavigationLink devicesLink() {
		return new NavigationLink("nav.devices", "/staff/thiet-bi",
				Role.names(Role.BROADCAST_OPERATOR, Role.ADMINISTRATOR, Role.COMMUNE_LEADER, Role.DIGITAL_TEAM_MEMBER), 500);
	}

}
