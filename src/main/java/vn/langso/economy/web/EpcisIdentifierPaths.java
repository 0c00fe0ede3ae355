package vn.langso.economy.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.firewall.FirewalledRequest;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * EPCIS identifiers are URIs ({@code ni:///sha-256;...?ver=CBV2.0}, {@code https://id.gs1.org/01/...}) that the
 * REST binding puts URL-encoded into one path segment ({@code /epcis/events/{eventID}}). Tomcat keeps an encoded
 * slash as it is (instead of refusing the request), and the firewall lets encoded slashes, percents and
 * semicolons through for {@code /epcis/} paths only; every other path keeps Spring Security's strict rules.
 */
@Configuration(proxyBeanMethods = false)
class EpcisIdentifierPaths {

	@Bean
	TomcatConnectorCustomizer encodedSlashesPassThrough() {
		return connector -> connector.setEncodedSolidusHandling("passthrough");
	}

	@Bean
	HttpFirewall httpFirewall() {
		StrictHttpFirewall strict = new StrictHttpFirewall();
		StrictHttpFirewall identifiers = new StrictHttpFirewall();
		identifiers.setAllowUrlEncodedSlash(true);
		identifiers.setAllowUrlEncodedDoubleSlash(true);
		identifiers.setAllowUrlEncodedPercent(true);
		identifiers.setAllowSemicolon(true);
		return new HttpFirewall() {
			@Override
			public FirewalledRequest getFirewalledRequest(HttpServletRequest request) {
				String uri = request.getRequestURI();
				boolean epcis = uri != null && uri.startsWith(request.getContextPath() + "/epcis/") && !uri.contains("/../")
						&& !uri.contains("%2E") && !uri.contains("%2e");
				return (epcis ? identifiers : strict).getFirewalledRequest(request);
			}

			@Override
			public HttpServletResponse getFirewalledResponse(HttpServletResponse response) {
				return strict.getFirewalledResponse(response);
			}
		};
	}

}
