package vn.langso.dossier.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.langso.identity.Role;
import vn.langso.shared.NavigationLink;

@Configuration(proxyBeanMethods = false)
class DossierNavigation {

	@Bean
	NavigationLink dossierInboxLink() {
		return new NavigationLink("nav.dossiers", "/staff/ho-so",
				Role.names(Role.ONE_STOP_OFFICER, Role.SPECIALIST, Role.COMMUNE_LEADER, Role.PROVINCE_OVERSEER), 100);
	}

}
