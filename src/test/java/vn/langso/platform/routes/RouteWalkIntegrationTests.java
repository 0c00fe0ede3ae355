package vn.langso.platform.routes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.langso.IntegrationTest;
import vn.langso.SignIn;
import vn.langso.platform.routes.MappedRoutes.Route;
import vn.langso.platform.routes.RouteDeclarations.Declaration;
import vn.langso.platform.routes.RouteProbe.Outcome;

/**
 * Deny by default, checked: every mapped route is requested anonymously, and any 2xx (or accepted
 * form) on a route that is not declared public fails, so a new endpoint cannot be public by accident.
 */
@IntegrationTest
@Transactional
class RouteWalkIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	NamedParameterJdbcTemplate jdbc;

	@Test
	void anAnonymousVisitorReachesOnlyTheRoutesListedAsPublic() throws Exception {
		RouteProbe probe = new RouteProbe(mvc, new DemoRouteValues(jdbc));
		List<String> unlistedButOpen = new ArrayList<>();
		int publicReached = 0;
		for (Route route : MappedRoutes.of(context)) {
			boolean listed = RouteDeclarations.of(route).map(Declaration::open).orElse(false);
			for (Outcome outcome : probe.probe(route, DemoAccounts.ANONYMOUS)) {
				if (outcome.reached() && !listed) {
					unlistedButOpen.add(outcome.toString());
				}
				if (outcome.reached() && listed) {
					publicReached++;
				}
			}
		}
		assertThat(unlistedButOpen).as("routes an anonymous visitor reaches without being listed public").isEmpty();
		assertThat(publicReached).as("the walk does reach the public pages").isGreaterThan(40);
	}

	@Test
	void actuatorEndpointsBeyondHealthNeedAnAdministrator() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk());
		mvc.perform(get("/actuator/metrics")).andExpect(redirectedUrl("/dang-nhap"));
		mvc.perform(get("/actuator/metrics").with(SignIn.as(mvc, "motcua"))).andExpect(status().isForbidden());
		mvc.perform(get("/actuator/metrics").with(SignIn.as(mvc, "quantri.tinh"))).andExpect(status().isOk());
	}

	@Test
	void anUnknownAddressOutsideThePublicListAsksForSignInInsteadOfAnsweringAnonymously() throws Exception {
		mvc.perform(get("/khong-co-trang-nay")).andExpect(redirectedUrl("/dang-nhap"));
		assertThat(RouteDeclarations.of(new Route("GET", "/khong-co-trang-nay"))).isEmpty();
	}

}
