package vn.langso.economy.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.NullSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The label paths ({@code /01/...}: trace page and its QR image) have a stateless chain of their own: a
 * scan is anonymous, reads no session (not even a signed-in visitor's: the request hides it), keeps no
 * security context, needs no CSRF token and saves no request. That makes the page the same for everyone,
 * so {@link TraceController} can keep it rendered; the browser security headers are the web chain's.
 */
@Configuration(proxyBeanMethods = false)
class TraceSecurity {

	@Bean
	@Order(45)
	SecurityFilterChain traceFilterChain(HttpSecurity http,
			@Value("${langso.security.content-security-policy}") String contentSecurityPolicy) throws Exception {
		http.securityMatcher("/01/**")
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.logout(logout -> logout.disable())
			.securityContext(context -> context.securityContextRepository(new NullSecurityContextRepository()))
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.addFilterBefore(new NoSession(), SecurityContextHolderFilter.class)
			.headers(headers -> headers
				.cacheControl(cache -> cache.disable())
				.contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy))
				.frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	/** Hides any session from what follows: nothing on a label path may read or start one. */
	static final class NoSession extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			chain.doFilter(new HttpServletRequestWrapper(request) {
				@Override
				public HttpSession getSession(boolean create) {
					if (create) {
						throw new IllegalStateException("the label paths are stateless: no session");
					}
					return null;
				}

				@Override
				public HttpSession getSession() {
					return getSession(true);
				}

				@Override
				public String getRequestedSessionId() {
					return null;
				}

				@Override
				public boolean isRequestedSessionIdValid() {
					return false;
				}
			}, response);
		}

	}

}
