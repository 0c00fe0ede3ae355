package vn.langso.platform;

import java.time.Duration;
import java.util.List;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/**
 * The anonymous page cache ({@link PublicPageCache}) in front of the session and security filters, so
 * a page served from it costs no session lookup, no security chain and no render. Its hits and misses
 * are at {@code /actuator/metrics/langso.web.page-cache.*}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "langso.web.page-cache.enabled", matchIfMissing = true)
class PublicPageCacheConfiguration {

	@Bean
	PublicPageCache publicPageCache(@Value("${langso.web.page-cache.paths}") List<String> paths,
			@Value("${langso.web.page-cache.time-to-live:PT10S}") Duration timeToLive,
			@Value("${langso.web.page-cache.max-size:16MB}") DataSize maxSize) {
		return new PublicPageCache(paths, timeToLive, maxSize.toBytes());
	}

	/** After the upload cap (HIGHEST + 20), before Spring Session (HIGHEST + 50) and Spring Security. */
	@Bean
	FilterRegistrationBean<PublicPageCache> publicPageCacheFilter(PublicPageCache cache) {
		FilterRegistrationBean<PublicPageCache> registration = new FilterRegistrationBean<>(cache);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
		registration.addUrlPatterns("/*");
		return registration;
	}

	@Bean
	MeterBinder publicPageCacheMetrics(PublicPageCache cache) {
		return registry -> {
			FunctionCounter.builder("langso.web.page-cache.hits", cache, PublicPageCache::hits).register(registry);
			FunctionCounter.builder("langso.web.page-cache.misses", cache, PublicPageCache::misses).register(registry);
			Gauge.builder("langso.web.page-cache.pages", cache, PublicPageCache::size).register(registry);
		};
	}

}
