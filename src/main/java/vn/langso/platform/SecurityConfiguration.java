package vn.langso.platform;

import java.util.LinkedHashMap;

import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.RequestMatcherDelegatingAccessDeniedHandler;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import vn.langso.identity.Role;

/**
 * The web's security, deny by default: only the routes listed in {@link PublicRoutes} are open to
 * anonymous visitors, actuator endpoints beyond health need an administrator, staff pages a staff
 * role, and everything else a signed-in account; finer rules sit on the controllers. Modules that
 * take machine-to-machine calls (Open311, EPCIS, bank notices) declare their own filter chains for those paths with a higher precedence.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String LOGIN_PAGE = "/dang-nhap";

	@Bean
	@Order(100)
	SecurityFilterChain webSecurity(HttpSecurity http, ThrottledAuthenticationProvider signIn,
			SignInOutcomeHandlers outcomes, ApiProblemEntryPoint apiProblems, OidcSignIn oidcSignIn,
			ObjectProvider<ClientRegistrationRepository> oidcClients,
			@Value("${langso.security.content-security-policy}") String contentSecurityPolicy) throws Exception {
		PathPatternRequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
		String[] staffRoles = Role.staffRoleNames().toArray(String[]::new);
		http.authenticationProvider(signIn)
			.authorizeHttpRequests(requests -> PublicRoutes.permit(requests
				.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll())
				.requestMatchers("/actuator/**").hasRole(Role.ADMINISTRATOR.name())
				.requestMatchers("/staff/**").hasAnyRole(staffRoles)
				.anyRequest().authenticated())
			.formLogin(login -> login.loginPage(LOGIN_PAGE)
				.usernameParameter("login")
				.successHandler(outcomes)
				.failureHandler(outcomes)
				.permitAll())
			.logout(logout -> logout.logoutUrl("/dang-xuat").logoutSuccessUrl("/?signedOut"))
			.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
			.exceptionHandling(errors -> errors
				.authenticationEntryPoint(entryPoint(api, apiProblems))
				.accessDeniedHandler(accessDenied(api, apiProblems)))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy))
				.frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
		if (oidcClients.getIfAvailable() != null) {
			http.oauth2Login(oauth -> oauth.loginPage(LOGIN_PAGE)
				.userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcSignIn))
				.successHandler(outcomes)
				.failureHandler(outcomes));
		}
		return http.build();
	}

	/** API callers get a 403 problem; pages get the Vietnamese 403 page through the error dispatch. */
	private static AccessDeniedHandler accessDenied(RequestMatcher api, ApiProblemEntryPoint apiProblems) {
		LinkedHashMap<RequestMatcher, AccessDeniedHandler> byPath = new LinkedHashMap<>();
		byPath.put(api, apiProblems);
		return new RequestMatcherDelegatingAccessDeniedHandler(byPath, new AccessDeniedHandlerImpl());
	}

	/** API callers get a 401 problem; everyone else is sent to the sign-in page. */
	private static AuthenticationEntryPoint entryPoint(RequestMatcher api, ApiProblemEntryPoint apiProblems) {
		return DelegatingAuthenticationEntryPoint.builder()
			.addEntryPointFor(apiProblems, api)
			.defaultEntryPoint(new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE))
			.build();
	}

}
