package vn.langso.platform.routes;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.langso.SignIn;
import vn.langso.platform.routes.DemoAccounts.Who;
import vn.langso.platform.routes.DemoRouteValues.DataScope;
import vn.langso.platform.routes.MappedRoutes.Route;

/**
 * Sends one request per route, account and data scope, as an attacker would: no form fields, a valid
 * CSRF token, the account's own session. Whether the route let the request through is what is
 * recorded: a 2xx, or for a change a redirect anywhere but the sign-in page (the post-redirect-get of
 * a form that was accepted, unless its flash attributes report a refusal).
 */
final class RouteProbe {

	/** What one request got: who asked, for which data, and the status. */
	record Outcome(Route route, Who who, DataScope scope, String path, int status, boolean reached) {
		@Override
		public String toString() {
			return route.method() + " " + path + " as " + who + " (" + scope + ") -> " + status;
		}
	}

	/** Flash attributes by which a page that redirects after a form says it refused it ("problem", "assignError"). */
	private static final java.util.regex.Pattern REFUSAL = java.util.regex.Pattern.compile("(?i).*(problem|error|refused).*");

	private final MockMvc mvc;

	private final DemoRouteValues values;

	private final Map<Who, RequestPostProcessor> sessions = new HashMap<>();

	RouteProbe(MockMvc mvc, DemoRouteValues values) {
		this.mvc = mvc;
		this.values = values;
	}

	/** The scopes worth asking a template for: without variables the data is the account's own. */
	static Set<DataScope> scopesOf(Route route) {
		if (!DemoRouteValues.hasVariables(route.template())) {
			return EnumSet.of(DataScope.OWN);
		}
		return EnumSet.allOf(DataScope.class);
	}

	List<Outcome> probe(Route route, Who who) throws Exception {
		List<Outcome> outcomes = new ArrayList<>();
		for (DataScope scope : scopesOf(route)) {
			String path = values.fill(route.template(), scope).orElse(null);
			if (path == null) {
				continue;
			}
			MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(route.method()), path)
				.accept(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON, MediaType.ALL);
			if (!route.method().equals("GET")) {
				request.with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{}");
			}
			if (!who.anonymous()) {
				request.with(session(who));
			}
			MvcResult result;
			try {
				result = mvc.perform(request).andReturn();
			}
			catch (jakarta.servlet.ServletException unhandled) {
				// MockMvc rethrows what the container would answer with a 500: not reached
				outcomes.add(new Outcome(route, who, scope, path, 500, false));
				continue;
			}
			outcomes.add(new Outcome(route, who, scope, path, result.getResponse().getStatus(), reached(route, result)));
		}
		return outcomes;
	}

	private static boolean reached(Route route, MvcResult result) {
		MockHttpServletResponse response = result.getResponse();
		int status = response.getStatus();
		if (status >= 200 && status < 300) {
			return true;
		}
		String location = response.getRedirectedUrl();
		boolean refusedInFlash = result.getFlashMap() != null
				&& result.getFlashMap().keySet().stream().anyMatch(key -> REFUSAL.matcher(key).matches());
		return !route.method().equals("GET") && status >= 300 && status < 400 && location != null
				&& !location.contains("/dang-nhap") && !refusedInFlash;
	}

	private RequestPostProcessor session(Who who) throws Exception {
		RequestPostProcessor session = sessions.get(who);
		if (session == null) {
			session = SignIn.as(mvc, who.login());
			sessions.put(who, session);
		}
		return session;
	}

}
