package vn.langso.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.langso.IntegrationTest;
import vn.langso.SignIn;
import vn.langso.identity.Areas;
import vn.langso.identity.DemoAreaCodes;

/**
 * The REST API covers the register, surveys, devices, broadcasts, producers' batches and the feedback inbox:
 * each route answers its roles, refuses others (401 anonymous, 403 wrong role, 404 another commune) as
 * problem+json, and is described in the OpenAPI with its security and without the server-side principal.
 */
@IntegrationTest
class RestApiCoverageIntegrationTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	/** Each new read route with a role that may read it and a staff role that may not. */
	static final List<List<String>> ROUTES = List.of(List.of("/api/v1/households", "truongxom", "truyenthanh"),
			List.of("/api/v1/surveys", "motcua", "truyenthanh"), List.of("/api/v1/devices", "truyenthanh", "motcua"),
			List.of("/api/v1/announcements", "truyenthanh", "motcua"), List.of("/api/v1/radio-schedules", "truyenthanh", "motcua"),
			List.of("/api/v1/products", "sanxuat", "motcua"), List.of("/api/v1/batches", "sanxuat", "motcua"),
			List.of("/api/v1/feedback-reports", "motcua", "sanxuat"));

	@Autowired
	MockMvc mvc;

	@Autowired
	Areas areas;

	JsonNode json(String path, String login) throws Exception {
		return JSON.readTree(mvc.perform(get(path).with(SignIn.as(mvc, login))).andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)).andReturn().getResponse()
			.getContentAsString());
	}

	@Test
	void everyNewRouteAnswersItsRolesAndRefusesOthersAsProblems() throws Exception {
		for (List<String> route : ROUTES) {
			assertThat(json(route.get(0), route.get(1)).isArray()).as(route.get(0)).isTrue();
			mvc.perform(get(route.get(0)).with(SignIn.as(mvc, route.get(2))))
				.andExpect(status().isForbidden())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
			mvc.perform(get(route.get(0))).andExpect(status().isUnauthorized())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		}
	}

	@Test
	void theRegisterIsScopedToTheOfficialsCommune() throws Exception {
		JsonNode households = json("/api/v1/households", "quantri");
		assertThat(households.size()).isPositive();
		long household = households.get(0).path("id").asLong();
		JsonNode members = json("/api/v1/households/" + household + "/residents", "quantri");
		long resident = members.get(0).path("id").asLong();
		assertThat(json("/api/v1/residents/" + resident, "quantri").path("householdId").asLong()).isEqualTo(household);
		long hoangDong = areas.byCode(DemoAreaCodes.HOANG_DONG).orElseThrow().id();
		mvc.perform(get("/api/v1/households").param("commune", String.valueOf(hoangDong)).with(SignIn.as(mvc, "quantri")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/surveys").param("commune", String.valueOf(hoangDong)).with(SignIn.as(mvc, "motcua")))
			.andExpect(status().isNotFound());
		long survey = json("/api/v1/surveys", "motcua").get(0).path("id").asLong();
		mvc.perform(get("/api/v1/surveys/" + survey).with(SignIn.as(mvc, "motcua.hoangdong"))).andExpect(status().isNotFound());
		long device = json("/api/v1/devices", "truyenthanh").get(0).path("id").asLong();
		mvc.perform(get("/api/v1/devices/" + device).param("commune", String.valueOf(hoangDong))
			.with(SignIn.as(mvc, "truyenthanh"))).andExpect(status().isNotFound());
	}

	@Test
	void changesGoThroughTheSameRulesAsThePages() throws Exception {
		mvc.perform(post("/api/v1/surveys").with(csrf()).with(SignIn.as(mvc, "motcua")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"Khảo sát qua API\", \"description\": \"Thử\", \"villageIds\": []}"))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/surveys/")))
			.andExpect(jsonPath("$.title").value("Khảo sát qua API"));
		mvc.perform(post("/api/v1/surveys").with(csrf()).with(SignIn.as(mvc, "motcua")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		long product = json("/api/v1/products", "sanxuat").get(0).path("id").asLong();
		String batch = mvc.perform(post("/api/v1/batches").with(csrf()).with(SignIn.as(mvc, "sanxuat"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"productId\": " + product + ", \"quantity\": 120}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long batchId = JSON.readTree(batch).path("id").asLong();
		mvc.perform(post("/api/v1/batches/" + batchId + "/steps").with(csrf()).with(SignIn.as(mvc, "sanxuat"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"step\": \"HARVEST\", \"quantity\": 120}"))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.bizStep").value(org.hamcrest.Matchers.endsWith("commissioning")));
		assertThat(json("/api/v1/batches/" + batchId + "/steps", "sanxuat").size()).isEqualTo(1);
		long device = json("/api/v1/devices", "truyenthanh").get(0).path("id").asLong();
		mvc.perform(post("/api/v1/devices/" + device + "/commands").with(csrf()).with(SignIn.as(mvc, "lanhdao"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"type\": \"STOP\"}")).andExpect(status().isForbidden());
	}

	@Test
	void theOpenApiDescribesTheWholeRestApiWithItsSecurityAndNoPrincipalParameter() throws Exception {
		JsonNode api = JSON.readTree(mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
		assertThat(api.path("info").path("title").asString()).isEqualTo("LàngSố REST API");
		assertThat(api.path("info").path("version").asString()).matches("\\d+\\.\\d+\\.\\d+");
		assertThat(api.path("components").path("securitySchemes").has("session")).isTrue();
		List<String> paths = new ArrayList<>();
		api.path("paths").propertyNames().forEach(paths::add);
		assertThat(paths).allMatch(p -> p.startsWith("/api/v1/"));
		assertThat(paths).contains("/api/v1/households", "/api/v1/households/{id}/residents", "/api/v1/residents/{id}",
				"/api/v1/surveys", "/api/v1/surveys/{id}/results", "/api/v1/devices", "/api/v1/devices/{id}/commands",
				"/api/v1/announcements", "/api/v1/radio-schedules", "/api/v1/products", "/api/v1/batches",
				"/api/v1/batches/{id}/steps", "/api/v1/feedback-reports");
		for (var path : api.path("paths").properties()) {
			for (var operation : path.getValue().properties()) {
				for (JsonNode parameter : operation.getValue().path("parameters")) {
					assertThat(parameter.path("name").asString()).as(path.getKey()).isNotIn("user", "currentUser");
				}
			}
		}
		JsonNode households = api.path("paths").path("/api/v1/households").path("get");
		assertThat(households.path("security").toString()).contains("session");
		assertThat(households.path("responses").path("403").path("content").has("application/problem+json")).isTrue();
		assertThat(households.path("responses").path("200").path("content").has("application/json")).isTrue();
		assertThat(api.path("paths").path("/api/v1/surveys").path("post").path("responses").has("201")).isTrue();
		assertThat(api.path("paths").path("/api/v1/devices/{id}/commands").path("post").path("responses").has("202")).isTrue();
		assertThat(api.path("paths").path("/api/v1/surveys").path("post").path("security").toString()).contains("csrf");
	}

	@Test
	void open311AndEpcisHaveOpenApiGroupsOfTheirOwn() throws Exception {
		for (Map.Entry<String, String> group : Map.of("open311", "/open311/v2/requests.json", "epcis", "/epcis/events").entrySet()) {
			JsonNode api = JSON.readTree(mvc.perform(get("/v3/api-docs/" + group.getKey())).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString());
			List<String> paths = new ArrayList<>();
			api.path("paths").propertyNames().forEach(paths::add);
			assertThat(paths).as(group.getKey()).isNotEmpty().allMatch(p -> p.startsWith("/" + group.getKey()));
			assertThat(api.path("components").path("securitySchemes").size()).isPositive();
		}
	}

}
