package vn.langso.platform;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceChainRegistration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.EncodedResourceResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Static files (our css/js/img and the webjars) under fingerprinted URLs: the templates' {@code @{/css/app.css}}
 * becomes {@code /css/app-<md5 of the content>.css} (Boot's ResourceUrlEncodingFilter, enabled by
 * {@code spring.web.resources.chain.enabled}), so a browser may keep each file for a year without asking
 * again and a new release is a new URL. The build writes a gzipped copy next to each text file
 * ({@code .gz}, pom.xml's "precompress-static" step), served as is to browsers that accept gzip, so no CPU goes
 * into compressing the same file on every request. Replaces Boot's default handlers
 * ({@code spring.web.resources.add-mappings=false}) because Boot's properties have no {@code immutable}.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

	/** The folders of src/main/resources/static; a new folder is added here (and to StaticResourcesSecurity). */
	static final String[] STATIC_FOLDERS = { "css", "js", "img" };

	private static final CacheControl YEAR_IMMUTABLE = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		fingerprinted(registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(YEAR_IMMUTABLE)
			.resourceChain(true));
		// only the folders that hold files: every link a page writes goes through the URL rewriting, and a
		// "/**" handler made each of them (/dang-nhap, /xa/...) a classpath search for a file that is not there
		for (String folder : STATIC_FOLDERS) {
			fingerprinted(registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/")
				.setCacheControl(YEAR_IMMUTABLE)
				.resourceChain(true));
		}
	}

	private static void fingerprinted(ResourceChainRegistration chain) {
		chain.addResolver(new EncodedResourceResolver())
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
	}

}
