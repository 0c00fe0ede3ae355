package vn.langso.platform;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.langso.identity.Role;
import vn.langso.shared.NavigationLink;

@Configuration(proxyBeanMethods = false)
class PlatformNavigation {

	@Bean
	NavigationLink staffHomeLink() {
		return new NavigationLink("nav.staffHome", "/staff", Role.staffRoleNames(), 0);
	}

}
