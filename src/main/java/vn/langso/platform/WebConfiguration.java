package vn.langso.platform;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.util.unit.DataSize;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Vietnamese first: every page renders in Vietnamese unless the person switched to English with
 * {@code ?lang=en}, which a cookie remembers for a year.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final CurrentUserArgumentResolver currentUsers;

	WebConfiguration(CurrentUserArgumentResolver currentUsers) {
		this.currentUsers = currentUsers;
	}

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("langso-lang");
		resolver.setDefaultLocale(VIETNAMESE);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		return resolver;
	}

	@Bean
	RequestBodyLimits requestBodyLimits(
			@Value("${spring.servlet.multipart.max-request-size:60MB}") DataSize maxRequestSize,
			@Value("${langso.request-body.max-size:1MB}") DataSize defaultSize, Environment environment) {
		Map<String, DataSize> routes = Binder.get(environment)
			.bind("langso.request-body.limits", Bindable.mapOf(String.class, DataSize.class))
			.orElse(Map.of());
		return new RequestBodyLimits(maxRequestSize, defaultSize, routes);
	}

	@Bean
	OversizedBodyAnswer oversizedBodyAnswer(MessageSource messages, LocaleResolver localeResolver) {
		return new OversizedBodyAnswer(messages, localeResolver);
	}

	@Bean
	OversizedBodyResolver oversizedBodyResolver(OversizedBodyAnswer answer) {
		return new OversizedBodyResolver(answer);
	}

	/** Runs before Spring Security, so an over-cap body is refused before anything reads it. */
	@Bean
	FilterRegistrationBean<OversizedUploadFilter> oversizedUploadFilter(RequestBodyLimits limits,
			OversizedBodyAnswer answer) {
		FilterRegistrationBean<OversizedUploadFilter> registration = new FilterRegistrationBean<>(
				new OversizedUploadFilter(limits, answer));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		registration.addUrlPatterns("/*");
		return registration;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor languageSwitch = new LocaleChangeInterceptor();
		languageSwitch.setParamName("lang");
		languageSwitch.setIgnoreInvalidLocale(true);
		// not on /error: the error dispatch of a refused upload must not read the body's parameters
		registry.addInterceptor(languageSwitch).excludePathPatterns("/error");
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(currentUsers);
	}

}
