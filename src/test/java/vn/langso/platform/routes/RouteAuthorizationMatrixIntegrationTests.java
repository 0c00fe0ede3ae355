package vn.langso.platform.routes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.langso.IntegrationTest;
import vn.langso.identity.LoginThrottle;
import vn.langso.platform.routes.DemoAccounts.Who;
import vn.langso.platform.routes.MappedRoutes.Route;
import vn.langso.platform.routes.RouteDeclarations.Declaration;
import vn.langso.platform.routes.RouteProbe.Outcome;

/**
 * The authorization matrix: every mapped route × every demo account (and anonymous) × records of
 * their own village, another village and another commune. Fails on any 2xx (or accepted form) that
 * the route's declaration in {@link RouteDeclarations} does not allow, and on any route nobody
 * declared. Runs inside one transaction that is rolled back, so the walk's form posts leave the
 * shared demo data as it was.
 */
@IntegrationTest
@Transactional
class RouteAuthorizationMatrixIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	NamedParameterJdbcTemplate jdbc;

	@Autowired
	LoginThrottle throttle;

	@Test
	void noRouteLetsThroughAnAccountItIsNotDeclaredFor() throws Exception {
		RouteProbe probe = new RouteProbe(mvc, new DemoRouteValues(jdbc));
		List<Route> routes = MappedRoutes.of(context);
		List<String> undeclared = new ArrayList<>();
		List<Outcome> unexpected = new ArrayList<>();
		List<String> report = new ArrayList<>();
		int reachedAsDeclared = 0;
		for (Route route : routes) {
			Declaration declaration = RouteDeclarations.of(route).orElse(null);
			if (declaration == null) {
				undeclared.add(route.toString());
				continue;
			}
			boolean home = !DemoRouteValues.hasVariables(route.template());
			// a route open to anyone cannot let the wrong person through: one anonymous request shows it works
			List<Who> askers = declaration.open() ? List.of(DemoAccounts.ANONYMOUS) : DemoAccounts.ALL;
			for (Who who : askers) {
				for (Outcome outcome : probe.probe(route, who)) {
					report.add(outcome.toString());
					if (!outcome.reached()) {
						continue;
					}
					if (declaration.allowed().allows(who, outcome.scope(), home)) {
						reachedAsDeclared++;
					}
					else {
						unexpected.add(outcome);
					}
				}
			}
		}
		Files.write(Path.of("target", "route-authorization-matrix.txt"), report);
		Files.write(Path.of("target", "route-authorization-unexpected.txt"), unexpected.stream().map(Outcome::toString).toList());
		assertThat(MappedRoutes.unknownResourcePatterns(context)).as("static resource patterns the walk does not know").isEmpty();
		assertThat(undeclared).as("routes with no declaration in RouteDeclarations").isEmpty();
		assertThat(unexpected).as("requests that got through without being declared").isEmpty();
		// the walk really reaches the pages (demo values fill the paths), so its silence means something
		assertThat(reachedAsDeclared).isGreaterThan(routes.size());
	}

}
