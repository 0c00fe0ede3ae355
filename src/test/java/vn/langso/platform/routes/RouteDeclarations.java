package vn.langso.platform.routes;

import static vn.langso.identity.Role.ADMINISTRATOR;
import static vn.langso.identity.Role.BROADCAST_OPERATOR;
import static vn.langso.identity.Role.COMMUNE_LEADER;
import static vn.langso.identity.Role.DIGITAL_TEAM_MEMBER;
import static vn.langso.identity.Role.ONE_STOP_OFFICER;
import static vn.langso.identity.Role.PRODUCER;
import static vn.langso.identity.Role.PROVINCE_OVERSEER;
import static vn.langso.identity.Role.SPECIALIST;
import static vn.langso.identity.Role.VILLAGE_HEAD;
import static vn.langso.platform.routes.Allowed.anyone;
import static vn.langso.platform.routes.Allowed.anywhere;
import static vn.langso.platform.routes.Allowed.commune;
import static vn.langso.platform.routes.Allowed.communeOrProvince;
import static vn.langso.platform.routes.Allowed.nobody;
import static vn.langso.platform.routes.Allowed.owner;
import static vn.langso.platform.routes.Allowed.province;
import static vn.langso.platform.routes.Allowed.signedIn;
import static vn.langso.platform.routes.Allowed.village;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.util.AntPathMatcher;
import vn.langso.identity.Role;
import vn.langso.platform.routes.MappedRoutes.Route;

/**
 * Who may get a 2xx from each group of routes, as data: the first declaration whose method and
 * pattern match a route decides. A route no declaration matches fails the matrix, so a new endpoint
 * is declared on purpose. Patterns are matched against the route's template ({@code /staff/ho-so/{id}}).
 */
final class RouteDeclarations {

	/** Method ("*" for any) and template pattern, and who may pass. */
	record Declaration(String method, String pattern, Allowed allowed, boolean open) {
	}

	private static final AntPathMatcher MATCHER = new AntPathMatcher();

	/** The roles of a dossier's workflow (the demo procedures'), and the province overseer who reads all. */
	static final Allowed WORKFLOW = commune(ONE_STOP_OFFICER, SPECIALIST, COMMUNE_LEADER).or(province(PROVINCE_OVERSEER));

	static final Role[] STAFF = { ONE_STOP_OFFICER, SPECIALIST, COMMUNE_LEADER, VILLAGE_HEAD, DIGITAL_TEAM_MEMBER,
			BROADCAST_OPERATOR, PROVINCE_OVERSEER, ADMINISTRATOR };

	static final List<Declaration> ALL = new ArrayList<>();

	static {
		publicRoutes();
		ownPages();
		dossiers();
		definitions();
		register();
		staffAreas();
		restApi();
	}

	private RouteDeclarations() {
	}

	static Optional<Declaration> of(Route route) {
		return ALL.stream()
			.filter(d -> d.method().equals("*") || d.method().equals(route.method()))
			.filter(d -> MATCHER.match(d.pattern(), route.template()))
			.findFirst();
	}

	private static void declare(String method, String pattern, Allowed allowed) {
		ALL.add(new Declaration(method, pattern, allowed, false));
	}

	private static void declarePublic(String method, String pattern) {
		ALL.add(new Declaration(method, pattern, anyone(), true));
	}

	/** What platform's PublicRoutes and the machine-to-machine chains open to anyone. */
	private static void publicRoutes() {
		declare("*", "/epcis/capture/**", commune(PRODUCER));
		declare("*", "/epcis/capture", commune(PRODUCER));
		for (String pattern : List.of("/", "/xa/**", "/ho/**", "/tra-cuu", "/xac-minh/**", "/dang-nhap", "/dang-ky", "/dang-ky/**",
				"/error", "/error/**")) {
			declarePublic("*", pattern);
		}
		for (String pattern : List.of("/css/**", "/js/**", "/img/**", "/webjars/**", "/media/**", "/anh-san-pham/**",
				"/cap/**", "/01/**", "/open311/**", "/epcis", "/epcis/**", "/actuator/health", "/actuator/health/**",
				"/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/api/v1/procedures", "/api/v1/procedures/**", "/api/v1/areas",
				"/api/v1/communes/*/officials", "/api/v1/communes/*/indicators", "/api/v1/communes/*/community-indicators",
				"/api/v1/communes/*/ratings", "/api/v1/communes/*/feedback/*", "/api/v1/tracking", "/api/v1/verification/*",
				"/api/v1/dashboard/indicators", "/api/v1/dashboard/sources")) {
			declarePublic("GET", pattern);
		}
		declare("POST", "/open311/**", nobody()); // needs an API key
		declare("*", "/api/v1/payment/bank-notices", nobody()); // needs the bank's signature
		declare("*", "/actuator/**", communeOrProvince(ADMINISTRATOR));
	}

	/** A person's own pages: the data is picked by the signed-in account, never by the path. */
	private static void ownPages() {
		declare("GET", "/tai-khoan", signedIn());
		declare("GET", "/tai-khoan/ho-so", signedIn());
		declare("GET", "/tai-khoan/phan-anh", signedIn());
		declare("GET", "/tai-khoan/thong-bao", signedIn());
		declare("*", "/tai-khoan/san-xuat/**", commune(PRODUCER));
		declare("GET", "/tai-khoan/ho-so/{id}", owner());
		declare("POST", "/tai-khoan/ho-so/**", owner());
		declare("GET", "/tai-khoan/ho-so/{id}/thanh-toan.png", owner());
		declare("GET", "/tai-khoan/ho-so/**", owner().or(WORKFLOW));
	}

	private static void dossiers() {
		declare("GET", "/api/v1/dossiers", signedIn());
		declare("POST", "/api/v1/dossiers", signedIn());
		declare("GET", "/api/v1/dossiers/{id}/payment", owner());
		declare("POST", "/api/v1/dossiers/{id}/rating", owner());
		declare("GET", "/api/v1/dossiers/**", owner().or(WORKFLOW));
		declare("POST", "/api/v1/dossiers/{id}/actions/{action}", commune(ONE_STOP_OFFICER)); // the walk asks to receive
		declare("GET", "/api/v1/inbox", WORKFLOW);
		declare("GET", "/staff/ho-so/**", WORKFLOW);
		declare("POST", "/staff/ho-so/{id}/thu-phi-tai-quay", commune(ONE_STOP_OFFICER));
		declare("POST", "/staff/ho-so/{id}/{action}", commune(ONE_STOP_OFFICER));
		declare("POST", "/staff/ho-so/**", commune(COMMUNE_LEADER));
		// the counter: the one-stop officer files for a citizen who came in person, and checks their CCCD
		declare("*", "/staff/mot-cua/{code}", anywhere(ONE_STOP_OFFICER)); // a procedure's counter form: the province's catalogue
		declare("*", "/staff/mot-cua/**", commune(ONE_STOP_OFFICER));
		declare("*", "/staff/mot-cua", commune(ONE_STOP_OFFICER));
		declare("*", "/staff/xac-minh-cccd/**", commune(ONE_STOP_OFFICER));
		declare("*", "/staff/xac-minh-cccd", commune(ONE_STOP_OFFICER));
	}

	/** Province-wide definitions (procedures, indicators, areas): read by administrators, changed by the province's. */
	private static void definitions() {
		declare("GET", "/staff/thu-tuc/**", anywhere(ADMINISTRATOR));
		declare("*", "/staff/thu-tuc/**", province(ADMINISTRATOR));
		declare("*", "/api/v1/procedures", province(ADMINISTRATOR));
		declare("GET", "/staff/chi-so/dinh-nghia/**", anywhere(ADMINISTRATOR));
		declare("*", "/staff/chi-so/dinh-nghia/**", province(ADMINISTRATOR));
		declare("*", "/api/v1/dashboard/indicators/{code}", province(ADMINISTRATOR));
		declare("GET", "/staff/don-vi/**", communeOrProvince(ADMINISTRATOR));
		declare("*", "/staff/don-vi/xa", province(ADMINISTRATOR));
		declare("*", "/staff/don-vi/**", communeOrProvince(ADMINISTRATOR));
	}

	/** The register of households and residents: village heads their village, overseers read only. */
	private static void register() {
		Allowed writers = village(VILLAGE_HEAD, DIGITAL_TEAM_MEMBER).or(commune(COMMUNE_LEADER, ADMINISTRATOR))
			.or(province(ADMINISTRATOR));
		declare("GET", "/staff/cong-dong/**", writers.or(province(PROVINCE_OVERSEER)));
		declare("*", "/staff/cong-dong/**", writers);
		// surveys are the commune's (a survey may target several villages), not the register
		declare("*", "/staff/khao-sat/**", communeOrProvince(VILLAGE_HEAD, DIGITAL_TEAM_MEMBER, COMMUNE_LEADER,
				ADMINISTRATOR, ONE_STOP_OFFICER));
	}

	private static void staffAreas() {
		declare("GET", "/staff", communeOrProvince(STAFF));
		declare("*", "/staff/nhat-ky", communeOrProvince(ADMINISTRATOR));
		declare("*", "/staff/tai-khoan/**", communeOrProvince(ADMINISTRATOR));
		declare("*", "/staff/danh-ba/**", communeOrProvince(ADMINISTRATOR, COMMUNE_LEADER));
		declare("*", "/staff/chi-so/tinh/**", communeOrProvince(PROVINCE_OVERSEER, ADMINISTRATOR));
		declare("POST", "/staff/chi-so/lam-moi", communeOrProvince(ADMINISTRATOR, COMMUNE_LEADER, PROVINCE_OVERSEER));
		declare("GET", "/staff/chi-so/**", communeOrProvince(STAFF));
		declare("*", "/staff/phan-anh/khoa-api/**", communeOrProvince(ADMINISTRATOR));
		declare("*", "/staff/phan-anh/danh-muc", communeOrProvince(ADMINISTRATOR, COMMUNE_LEADER));
		declare("*", "/staff/phan-anh/**", communeOrProvince(STAFF));
		declare("GET", "/staff/truyen-thanh/**", communeOrProvince(BROADCAST_OPERATOR, ADMINISTRATOR, COMMUNE_LEADER,
				VILLAGE_HEAD, PROVINCE_OVERSEER));
		declare("*", "/staff/truyen-thanh/moi", communeOrProvince(BROADCAST_OPERATOR, ADMINISTRATOR, COMMUNE_LEADER));
		declare("*", "/staff/truyen-thanh/**", communeOrProvince(BROADCAST_OPERATOR, ADMINISTRATOR));
		declare("GET", "/staff/thiet-bi/**", communeOrProvince(BROADCAST_OPERATOR, ADMINISTRATOR, COMMUNE_LEADER,
				DIGITAL_TEAM_MEMBER, PROVINCE_OVERSEER));
		declare("*", "/staff/thiet-bi/**", communeOrProvince(BROADCAST_OPERATOR, ADMINISTRATOR));
		Allowed economyEditors = communeOrProvince(ONE_STOP_OFFICER, COMMUNE_LEADER, VILLAGE_HEAD, DIGITAL_TEAM_MEMBER,
				ADMINISTRATOR);
		declare("GET", "/staff/diem-thanh-toan", communeOrProvince(STAFF));
		declare("GET", "/staff/co-so-san-xuat", communeOrProvince(STAFF));
		declare("*", "/staff/diem-thanh-toan/**", economyEditors);
		declare("*", "/staff/co-so-san-xuat/**", economyEditors);
	}

	/** The REST API of the staff areas: the same roles and scopes as their pages. */
	private static void restApi() {
		Allowed registerReaders = village(VILLAGE_HEAD, DIGITAL_TEAM_MEMBER).or(commune(COMMUNE_LEADER, ADMINISTRATOR))
			.or(province(ADMINISTRATOR, PROVINCE_OVERSEER));
		declare("GET", "/api/v1/households/**", registerReaders);
		declare("GET", "/api/v1/households", registerReaders);
		declare("GET", "/api/v1/residents/**", registerReaders);
		declare("*", "/api/v1/residents/**", village(VILLAGE_HEAD, DIGITAL_TEAM_MEMBER).or(commune(COMMUNE_LEADER, ADMINISTRATOR))
			.or(province(ADMINISTRATOR)));
		Allowed surveys = communeOrProvince(VILLAGE_HEAD, DIGITAL_TEAM_MEMBER, COMMUNE_LEADER, ADMINISTRATOR, ONE_STOP_OFFICER);
		declare("*", "/api/v1/surveys/**", surveys);
		declare("*", "/api/v1/surveys", surveys);
		Allowed announcementReaders = communeOrProvince(BROADCAST_OPERATOR, ADMINISTRATOR, COMMUNE_LEADER, VILLAGE_HEAD,
				PROVINCE_OVERSEER);
		declare("GET", "/api/v1/announcements/**", announcementReaders);
		declare("GET", "/api/v1/announcements", announcementReaders);
		declare("*", "/api/v1/announcements", communeOrProvince(BROADCAST_OPERATOR, ADMINISTRATOR, COMMUNE_LEADER));
		declare("GET", "/api/v1/radio-schedules", communeOrProvince(BROADCAST_OPERATOR, ADMINISTRATOR, COMMUNE_LEADER,
				PROVINCE_OVERSEER));
		declare("*", "/api/v1/radio-schedules/**", communeOrProvince(BROADCAST_OPERATOR, ADMINISTRATOR));
		declare("*", "/api/v1/radio-schedules", communeOrProvince(BROADCAST_OPERATOR, ADMINISTRATOR));
		Allowed deviceReaders = communeOrProvince(BROADCAST_OPERATOR, ADMINISTRATOR, COMMUNE_LEADER, DIGITAL_TEAM_MEMBER,
				PROVINCE_OVERSEER);
		declare("GET", "/api/v1/devices/**", deviceReaders);
		declare("GET", "/api/v1/devices", deviceReaders);
		declare("*", "/api/v1/devices/**", communeOrProvince(BROADCAST_OPERATOR, ADMINISTRATOR));
		for (String pattern : List.of("/api/v1/products", "/api/v1/products/**", "/api/v1/batches", "/api/v1/batches/**")) {
			declare("*", pattern, commune(PRODUCER));
		}
		declare("GET", "/api/v1/feedback-reports/**", communeOrProvince(STAFF));
		declare("GET", "/api/v1/feedback-reports", communeOrProvince(STAFF));
		declare("*", "/tai-khoan/mat-khau", signedIn());
	}

}
