package vn.langso.economy.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.langso.economy.Producers;

/**
 * The EPCIS 2.0 REST binding's own filter chain: machine clients without CSRF tokens, capture open to
 * producers only (an API key in {@code Authorization: Bearer lsk_...} or a producer's signed-in
 * session), queries open to anyone, since trace data is what labels publish.
 */
@Configuration(proxyBeanMethods = false)
class EpcisSecurity {

	/** Who captures through an API key: the producer's id, nothing about a person. */
	record ApiKeyProducer(long producerId) {
	}

	@Bean
	@Order(40)
	SecurityFilterChain epcisFilterChain(HttpSecurity http, Producers producers) throws Exception {
		http.securityMatcher("/epcis/**")
			.csrf(csrf -> csrf.disable())
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.NEVER))
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(HttpMethod.POST, "/epcis/capture").hasRole("PRODUCER")
				.requestMatchers("/epcis/capture/**").hasRole("PRODUCER")
				.anyRequest().permitAll())
			.addFilterBefore(new ApiKeyFilter(producers), AnonymousAuthenticationFilter.class)
			.exceptionHandling(errors -> errors
				.authenticationEntryPoint((request, response, ex) -> problem(response, 401, "Cần khóa API hoặc đăng nhập",
						"Gửi dữ liệu EPCIS cần khóa API của cơ sở sản xuất (Authorization: Bearer ...) hoặc đăng nhập tài khoản sản xuất."))
				.accessDeniedHandler((request, response, ex) -> problem(response, 403, "Không có quyền",
						"Chỉ cơ sở sản xuất được gửi dữ liệu EPCIS.")));
		return http.build();
	}

	private static void problem(HttpServletResponse response, int status, String title, String detail) throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.setHeader("GS1-EPCIS-Version", EpcisHeaders.EPCIS_VERSION);
		response.setHeader("GS1-CBV-Version", EpcisHeaders.CBV_VERSION);
		response.getWriter().write("{\"type\":\"epcisException:SecurityException\",\"title\":\"" + title + "\",\"status\":" + status
				+ ",\"detail\":\"" + detail.replace("\"", "\\\"") + "\"}");
	}

	/** Signs in a capture request by its API key; a wrong key is a 401, never a silent anonymous request. */
	static final class ApiKeyFilter extends OncePerRequestFilter {

		private final Producers producers;

		ApiKeyFilter(Producers producers) {
			this.producers = producers;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String header = request.getHeader("Authorization");
			if (header != null && header.startsWith("Bearer ")) {
				var producer = producers.producerForApiKey(header.substring("Bearer ".length()).trim());
				if (producer.isEmpty()) {
					problem(response, 401, "Khóa API không đúng", "Khóa API không đúng hoặc đã được thay.");
					return;
				}
				var authentication = new UsernamePasswordAuthenticationToken(new ApiKeyProducer(producer.get()), null,
						List.of(new SimpleGrantedAuthority("ROLE_PRODUCER")));
				SecurityContextHolder.getContext().setAuthentication(authentication);
			}
			chain.doFilter(request, response);
		}

	}

}
