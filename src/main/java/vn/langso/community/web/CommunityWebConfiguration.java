package vn.langso.community.web;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.langso.community.CommunityIndicators;
import vn.langso.community.Surveys;
import vn.langso.identity.Role;
import vn.langso.shared.NavigationLink;
import vn.langso.shared.PortalSection;

/** The module's staff links and its block on the commune's home page. */
@Configuration(proxyBeanMethods = false)
class CommunityWebConfiguration {

	@Bean
	NavigationLink communityLink() {
		return new NavigationLink("nav.community", "/staff/cong-dong", Role.names(Role.VILLAGE_HEAD,
				Role.DIGITAL_TEAM_MEMBER, Role.COMMUNE_LEADER, Role.ADMINISTRATOR, Role.PROVINCE_OVERSEER), 400);
	}

	@Bean
	NavigationLink trainingsLink() {
		return new NavigationLink("nav.trainings", "/staff/cong-dong/tap-huan",
				Role.names(Role.VILLAGE_HEAD, Role.DIGITAL_TEAM_MEMBER, Role.COMMUNE_LEADER, Role.ADMINISTRATOR), 410);
	}

	@Bean
	NavigationLink surveysLink() {
		return new NavigationLink("nav.surveys", "/staff/khao-sat", Role.names(Role.VILLAGE_HEAD, Role.DIGITAL_TEAM_MEMBER,
				Role.COMMUNE_LEADER, Role.ADMINISTRATOR, Role.ONE_STOP_OFFICER), 420);
	}

	@Bean
	PortalSection communitySection(CommunityIndicators indicators, Surveys surveys) {
		return new PortalSection() {

			@Override
			public int order() {
				return 400;
			}

			@Override
			public String fragment() {
				return "community/fragments :: portal";
			}

			@Override
			public Map<String, Object> model(long communeId, String communeSlug) {
				return Map.of("communityIndicators", indicators.ofCommune(communeId), "communitySurveys",
						surveys.published(communeId), "communitySlug", communeSlug);
			}
		};
	}

}
