package vn.langso.platform;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.NullSecurityContextRepository;

/**
 * Static files are the same for everyone: their chain reads no session (a signed-in visitor's page
 * loads css, js and webjars without a session lookup each), needs no CSRF token and leaves the
 * resource handler's year-long Cache-Control alone.
 */
@Configuration(proxyBeanMethods = false)
class StaticResourcesSecurity {

	@Bean
	@Order(40)
	SecurityFilterChain staticResourcesFilterChain(HttpSecurity http) throws Exception {
		http.securityMatcher("/css/**", "/js/**", "/img/**", "/webjars/**")
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.logout(logout -> logout.disable())
			.anonymous(anonymous -> anonymous.disable())
			.securityContext(context -> context.securityContextRepository(new NullSecurityContextRepository()))
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.headers(headers -> headers.cacheControl(cache -> cache.disable()));
		return http.build();
	}

}
