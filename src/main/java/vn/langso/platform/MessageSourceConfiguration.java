package vn.langso.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Objects;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Each module keeps its own UI bundle, {@code messages/<module>_vi.properties} and {@code _en}; all
 * bundles found on the class path are loaded, so a new module needs no central list. Vietnamese is
 * the fallback for every locale.
 */
@Configuration(proxyBeanMethods = false)
class MessageSourceConfiguration {

	@Bean
	MessageSource messageSource() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames(bundleNames());
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		messages.setDefaultLocale(WebConfiguration.VIETNAMESE);
		return messages;
	}

	private static String[] bundleNames() {
		try {
			Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:messages/*_vi.properties");
			return Arrays.stream(files)
				.map(Resource::getFilename)
				.filter(Objects::nonNull)
				.map(name -> "messages/" + name.substring(0, name.length() - "_vi.properties".length()))
				.distinct()
				.sorted()
				.toArray(String[]::new);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
