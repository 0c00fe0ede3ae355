package vn.langso.economy.web;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.langso.economy.Marketplace;
import vn.langso.shared.PortalSection;

/** The marketplace's block on the commune's home page. */
@Configuration(proxyBeanMethods = false)
class EconomyWeb {

	@Bean
	PortalSection marketplaceSection(Marketplace marketplace) {
		return new PortalSection() {

			@Override
			public int order() {
				return 60;
			}

			@Override
			public String fragment() {
				return "economy/fragments :: market";
			}

			@Override
			public Map<String, Object> model(long communeId, String communeSlug) {
				return Map.of("marketProducts", marketplace.catalogue(communeId, null).stream().limit(4).toList(),
						"marketSlug", communeSlug);
			}
		};
	}

}
