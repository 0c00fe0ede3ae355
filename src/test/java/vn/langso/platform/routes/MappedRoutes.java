package vn.langso.platform.routes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Every route the running application maps: each controller method (and actuator endpoint) by method
 * and path template, plus one real file per static resource location. A new controller is walked the
 * moment it exists; nobody has to remember to add it to the test.
 */
final class MappedRoutes {

	/** One request shape: an HTTP method and a path template such as {@code /staff/ho-so/{id}}. */
	record Route(String method, String template) {
		@Override
		public String toString() {
			return method + " " + template;
		}
	}

	/** Static resource locations and the file that stands for each (a new location fails the walk). */
	static final List<Route> STATIC_FILES = List.of(new Route("GET", "/css/app.css"), new Route("GET", "/js/app.js"),
			new Route("GET", "/img/favicon.svg"), new Route("GET", "/webjars/htmx.org/2.0.8/dist/htmx.min.js"));

	static final Set<String> KNOWN_RESOURCE_PATTERNS = Set.of("/css/**", "/js/**", "/img/**", "/webjars/**", "/**");

	private MappedRoutes() {
	}

	static List<Route> of(ApplicationContext context) {
		Set<Route> routes = new TreeSet<>(Comparator.comparing(Route::template).thenComparing(Route::method));
		for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
			for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
				Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
				for (String template : info.getPatternValues()) {
					if (methods.isEmpty()) {
						routes.add(new Route("GET", template));
					}
					methods.forEach(m -> routes.add(new Route(m.name(), template)));
				}
			}
		}
		routes.addAll(STATIC_FILES);
		return new ArrayList<>(routes);
	}

	/** Resource patterns the application serves files under that the walk does not know yet. */
	static List<String> unknownResourcePatterns(ApplicationContext context) {
		List<String> unknown = new ArrayList<>();
		for (SimpleUrlHandlerMapping mapping : context.getBeansOfType(SimpleUrlHandlerMapping.class).values()) {
			mapping.getUrlMap().keySet().stream().filter(p -> !KNOWN_RESOURCE_PATTERNS.contains(p)).forEach(unknown::add);
		}
		return unknown;
	}

}
