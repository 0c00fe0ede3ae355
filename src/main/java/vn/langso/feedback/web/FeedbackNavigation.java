package vn.langso.feedback.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.langso.identity.Role;
import vn.langso.shared.NavigationLink;

@Configuration(proxyBeanMethods = false)
class FeedbackNavigation {

	@Bean
	NavigationLink feedbackInbox() {
		return new NavigationLink("feedback.nav.inbox", "/staff/phan-anh", Role.names(Role.ONE_STOP_OFFICER,
				Role.SPECIALIST, Role.COMMUNE_LEADER, Role.VILLAGE_HEAD, Role.DIGITAL_TEAM_MEMBER, Role.ADMINISTRATOR,
				Role.PROVINCE_OVERSEER), 30);
	}

	@Bean
	NavigationLink feedbackStatistics() {
		return new NavigationLink("feedback.nav.statistics", "/staff/phan-anh/thong-ke",
				Role.names(Role.ONE_STOP_OFFICER, Role.COMMUNE_LEADER, Role.ADMINISTRATOR, Role.PROVINCE_OVERSEER), 31);
	}

	@Bean
	NavigationLink feedbackCategories() {
		return new NavigationLink("feedback.nav.categories", "/staff/phan-anh/danh-muc",
				Role.names(Role.COMMUNE_LEADER, Role.ADMINISTRATOR), 32);
	}

	@Bean
	NavigationLink feedbackApiKeys() {
		return new NavigationLink("feedback.nav.apiKeys", "/staff/phan-anh/khoa-api", Role.names(Role.ADMINISTRATOR), 33);
	}

}
