package vn.langso.platform;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * The explicit list of what an anonymous visitor may reach on the web chain; everything else needs a
 * signed-in account (deny by default, so a new endpoint is private until someone lists it here).
 * The machine-to-machine chains (Open311, EPCIS, trace labels, bank notices) keep their own rules.
 * {@code RouteWalkIntegrationTests} walks every mapped route anonymously against the same list.
 */
final class PublicRoutes {

	/** Pages and files for anyone, whatever the method (their forms carry CSRF tokens). */
	static final String[] ANY_METHOD = {
		"/", "/xa/**", "/ho/**", "/tra-cuu", "/xac-minh/**", "/dang-nhap", "/dang-ky", "/dang-ky/**",
		"/error", "/error/**",
	};

	/** Static files, published media and the standard public feeds: reading only. */
	static final String[] READ_ONLY = {
		"/css/**", "/js/**", "/img/**", "/favicon.ico", "/webjars/**",
		"/media/broadcast/**", "/anh-san-pham/**", "/cap/**",
		"/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**",
		// the public REST reads: catalogue, areas and directory, transparency figures, tracking by secret
		"/api/v1/procedures", "/api/v1/procedures/**", "/api/v1/areas", "/api/v1/communes/*/officials",
		"/api/v1/communes/*/indicators", "/api/v1/communes/*/community-indicators", "/api/v1/communes/*/ratings",
		"/api/v1/communes/*/feedback/*", "/api/v1/tracking", "/api/v1/verification/*",
		"/api/v1/dashboard/indicators", "/api/v1/dashboard/sources",
	};

	private PublicRoutes() {
	}

	static AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry permit(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		return requests.requestMatchers(ANY_METHOD).permitAll()
			.requestMatchers(HttpMethod.GET, READ_ONLY).permitAll()
			.requestMatchers(HttpMethod.HEAD, READ_ONLY).permitAll();
	}

}
