package vn.langso.economy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import vn.langso.IntegrationTest;
import vn.langso.PortalClient;
import vn.langso.SignIn;

/**
 * The EPCIS 2.0 REST binding against GS1's own artefacts: query parameters as GS1's query schema names them,
 * responses validated against the components of GS1's OpenAPI, GS1's example events as the data.
 */
@IntegrationTest
class EpcisRestBindingIntegrationTests {

	static final String BEFORE_2014 = "2014-01-01T00:00:00Z";

	@Autowired
	MockMvc mvc;

	@LocalServerPort
	int port;

	@BeforeAll
	static void loadGs1JsonSchema() throws Exception {
		EpcisIntegrationTests.loadGs1Schema();
	}

	@BeforeEach
	void captureGs1Examples() throws Exception {
		MvcResult result = mvc.perform(post("/tai-khoan/san-xuat/khoa-api")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.with(SignIn.as(mvc, "sanxuat"))).andReturn();
		String key = (String) result.getFlashMap().get("apiKey");
		for (String example : List.of("Example_9.6.1-ObjectEvent.jsonld", "Example_9.6.3-AggregationEvent.jsonld",
				"Example_9.6.4-TransformationEvent.jsonld")) {
			// capturing the same events again changes nothing: their eventIDs identify them
			mvc.perform(post("/epcis/capture").header("Authorization", "Bearer " + key).contentType("application/ld+json")
				.content(EventHashTests.resource("/epcis/gs1-examples/" + example))).andExpect(status().isAccepted());
		}
	}

	List<String> eventIds(String query) throws Exception {
		String body = mvc.perform(get("/epcis/events?LT_eventTime=" + BEFORE_2014 + "&" + query))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(Gs1EpcisOpenApi.validate("schemas/EPCISQueryDocument", body)).isEmpty();
		assertThat(EpcisIntegrationTests.validate(body)).as("GS1 EPCIS JSON Schema").isEmpty();
		List<String> ids = new ArrayList<>();
		EpcisJson.read(body).path("epcisBody").path("queryResults").path("resultsBody").path("eventList")
			.forEach(e -> ids.add(e.path("eventID").asString().substring(14, 22)));
		return ids;
	}

	@Test
	void theStandardQueryParametersFilterTheEvents() throws Exception {
		// df7bb3c3 shipping, 00e1e6eb receiving (ObjectEvents); 87b5f18a AggregationEvent; e65c3a99 TransformationEvent
		assertThat(eventIds("perPage=50")).containsExactlyInAnyOrder("df7bb3c3", "00e1e6eb", "87b5f18a", "e65c3a99");
		assertThat(eventIds("EQ_action=OBSERVE")).containsExactlyInAnyOrder("df7bb3c3", "00e1e6eb", "87b5f18a");
		assertThat(eventIds("EQ_disposition=in_transit")).containsExactly("df7bb3c3");
		assertThat(eventIds("EQ_disposition=https://ref.gs1.org/cbv/Disp-in_progress|in_transit")).hasSize(4);
		assertThat(eventIds("EQ_readPoint=urn:epc:id:sgln:0012345.11111.400")).containsExactly("00e1e6eb");
		assertThat(eventIds("WD_bizLocation=urn:epc:id:sgln:0614141.00888.0")).containsExactly("87b5f18a");
		assertThat(eventIds("MATCH_epc=urn:epc:id:sgtin:0614141.107346.2018"))
			.containsExactlyInAnyOrder("df7bb3c3", "00e1e6eb", "87b5f18a");
		assertThat(eventIds("MATCH_parentID=urn:epc:id:sscc:0614141.1234567890")).containsExactly("87b5f18a");
		assertThat(eventIds("MATCH_epc=urn:epc:id:sscc:0614141.1234567890")).isEmpty();
		assertThat(eventIds("MATCH_anyEPC=urn:epc:id:sscc:0614141.1234567890")).containsExactly("87b5f18a");
		assertThat(eventIds("MATCH_inputEPC=urn:epc:id:sgtin:4012345.011122.25")).containsExactly("e65c3a99");
		assertThat(eventIds("MATCH_epcClass=urn:epc:class:lgtin:4012345.012345.998877")).containsExactly("87b5f18a");
		assertThat(eventIds("MATCH_anyEPCClass=urn:epc:class:lgtin:4012345.011111.4444")).containsExactly("e65c3a99");
		assertThat(eventIds("EQ_bizStep=receiving&EQ_action=OBSERVE&eventType=AggregationEvent")).containsExactly("87b5f18a");
		// the template of MockMvc's get() is encoded once more, so the ID goes in as it is
		assertThat(eventIds("EQ_eventID=ni:///sha-256;df7bb3c352fef055578554f09f5e2aa41782150ced7bd0b8af24dd3ccb30ba69?ver=CBV2.0"))
			.containsExactly("df7bb3c3");
	}

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Autowired
	EventKeysBackfill backfill;

	@Test
	void eventsStoredBeforeTheRoleKeysExistedAreIndexedAtStart() throws Exception {
		Long row = jdbc.queryForObject("select id from economy_epcis_event where event_id like 'ni:///sha-256;87b5f18a%'",
				Long.class);
		jdbc.update("delete from economy_epcis_event_key where event_row_id = ?", row);
		assertThat(eventIds("MATCH_parentID=urn:epc:id:sscc:0614141.1234567890")).isEmpty();
		backfill.run(null);
		assertThat(eventIds("MATCH_parentID=urn:epc:id:sscc:0614141.1234567890")).containsExactly("87b5f18a");
	}

	@Test
	void everyParameterTheRepositoryAnswersIsOneGs1sQuerySchemaNames() {
		for (String name : List.of("eventType", "GE_eventTime", "LT_eventTime", "GE_recordTime", "LT_recordTime", "EQ_action",
				"EQ_bizStep", "EQ_disposition", "EQ_readPoint", "WD_readPoint", "EQ_bizLocation", "WD_bizLocation",
				"EQ_transformationID", "EQ_bizTransaction_po", "EQ_source_owning_party", "EQ_destination_location",
				"MATCH_epc", "MATCH_parentID", "MATCH_inputEPC", "MATCH_outputEPC", "MATCH_anyEPC", "MATCH_epcClass",
				"MATCH_inputEPCClass", "MATCH_outputEPCClass", "MATCH_anyEPCClass", "EQ_eventID")) {
			assertThat(Gs1EpcisOpenApi.queryLanguageKnows(name)).as(name).isTrue();
		}
		assertThat(Gs1EpcisOpenApi.queryLanguageKnows("colour")).isFalse();
		assertThat(Gs1EpcisOpenApi.queryLanguageKnows("MATCH_everything")).isFalse();
	}

	@Test
	void unknownParametersAndBadValuesAreQueryParameterExceptions() throws Exception {
		for (String query : List.of("colour=red", "MATCH_everything=x", "EQ_action=WALK", "EQ_bizStep=harvesting",
				"GE_eventTime=yesterday", "perPage=0", "eventType=FooEvent", "nextPageToken=%21%21")) {
			MockHttpServletResponse response = mvc.perform(get("/epcis/events?" + query)).andReturn().getResponse();
			assertThat(response.getStatus()).as(query).isEqualTo(400);
			assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			String body = response.getContentAsString();
			assertThat(EpcisJson.read(body).path("type").asString()).isEqualTo("epcisException:QueryParameterException");
			assertThat(Gs1EpcisOpenApi.validate("responses/400QueryIssues", body)).as(query).isEmpty();
		}
		mvc.perform(get("/epcis/eventTypes?colour=red")).andExpect(status().isBadRequest());
		mvc.perform(get("/epcis/bizSteps/receiving/events?EQ_bizStep=shipping")).andExpect(status().isBadRequest());
	}

	@Test
	void standardParametersItCannotAnswerAreNotImplementedRatherThanIgnored() throws Exception {
		String body = mvc.perform(get("/epcis/events?EQ_ILMD_bestBeforeDate=2026-01-01"))
			.andExpect(status().isNotImplemented()).andReturn().getResponse().getContentAsString();
		assertThat(Gs1EpcisOpenApi.validate("responses/501NotImplemented", body)).isEmpty();
	}

	@Test
	void pagesFollowTheLinkHeaderUntilNoNextRemains() throws Exception {
		List<String> seen = new ArrayList<>();
		String url = "/epcis/events?LT_eventTime=" + BEFORE_2014 + "&perPage=1";
		int pages = 0;
		while (url != null) {
			MockHttpServletResponse response = mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse();
			EpcisJson.read(response.getContentAsString()).path("epcisBody").path("queryResults").path("resultsBody")
				.path("eventList").forEach(e -> seen.add(e.path("eventID").asString()));
			String link = response.getHeader("Link");
			url = null;
			if (link != null) {
				assertThat(link).matches("<http://[^>]+nextPageToken=[^>]+>; rel=\"next\"");
				url = link.substring(link.indexOf("/epcis"), link.indexOf('>'));
				assertThat(url).contains("perPage=1").contains("LT_eventTime=");
			}
			pages++;
		}
		assertThat(pages).isEqualTo(4);
		assertThat(seen).hasSize(4).doesNotHaveDuplicates();
		assertThat(eventIds("eventCountLimit=2&perPage=5")).hasSize(2);
	}

	@Test
	void theTopLevelListsHaveGs1sItemListShapes() throws Exception {
		JsonNode types = check("/epcis/eventTypes", "schemas/EventTypeItemList");
		assertThat(types.path("eventType").valueStream().map(JsonNode::asString))
			.contains("ObjectEvent", "AggregationEvent", "TransformationEvent");
		assertThat(check("/epcis/bizSteps?perPage=500", "schemas/BizStepItemList").path("bizStep").valueStream()
			.map(JsonNode::asString)).contains("shipping", "receiving");
		assertThat(check("/epcis/dispositions?perPage=500", "schemas/DispositionItemList").path("disposition").valueStream()
			.map(JsonNode::asString)).contains("in_transit", "in_progress");
		check("/epcis/readPoints", "schemas/ReadPointItemList");
		check("/epcis/bizLocations", "schemas/BizLocationItemList");
		String epcs = mvc.perform(get("/epcis/epcs?perPage=2")).andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header().exists("Link"))
			.andReturn().getResponse().getContentAsString();
		assertThat(EpcisJson.read(epcs).size()).isEqualTo(2);
		JsonNode top = EpcisJson.read(mvc.perform(get("/epcis")).andReturn().getResponse().getContentAsString());
		top.forEach(resource -> assertThat(Gs1EpcisOpenApi.validate("schemas/TopLevelResources", resource.toString())).isEmpty());
	}

	JsonNode check(String url, String schema) throws Exception {
		String body = mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(Gs1EpcisOpenApi.validate(schema, body)).as(url).isEmpty();
		return EpcisJson.read(body);
	}

	@Test
	void eventsByResourceAndOneEventByItsId() throws Exception {
		String byType = mvc.perform(get("/epcis/eventTypes/TransformationEvent/events?LT_eventTime=" + BEFORE_2014))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(EpcisJson.read(byType).path("epcisBody").path("queryResults").path("resultsBody").path("eventList")
			.valueStream().map(e -> e.path("type").asString())).containsExactly("TransformationEvent");
		mvc.perform(get("/epcis/eventTypes/FooEvent/events")).andExpect(status().isNotFound());
		assertThat(EpcisJson.read(mvc.perform(get("/epcis/bizSteps/shipping/events?LT_eventTime=" + BEFORE_2014)).andReturn()
			.getResponse().getContentAsString()).path("epcisBody").path("queryResults").path("resultsBody").path("eventList")
			.size()).isEqualTo(1);
		String id = "ni:///sha-256;87b5f18a69993f0052046d4687dfacdf48f7c988cfabda2819688c86b4066a49?ver=CBV2.0";
		PortalClient http = new PortalClient(port);
		var one = http.getJson("/epcis/events/" + URLEncoder.encode(id, StandardCharsets.UTF_8));
		assertThat(one.statusCode()).isEqualTo(200);
		assertThat(Gs1EpcisOpenApi.validate("schemas/EPCISQueryDocument", one.body())).isEmpty();
		assertThat(EpcisJson.read(one.body()).path("epcisBody").path("queryResults").path("resultsBody").path("eventList")
			.path(0).path("eventID").asString()).isEqualTo(id);
		var missing = http.getJson("/epcis/events/" + URLEncoder.encode(id.replace("87b5", "0000"), StandardCharsets.UTF_8));
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(Gs1EpcisOpenApi.validate("responses/404ResourceNotFound", missing.body())).isEmpty();
	}

	@Test
	void captureJobsHaveTheBindingsCaptureJobShape() throws Exception {
		var producer = SignIn.as(mvc, "sanxuat");
		String document = EventHashTests.resource("/epcis/gs1-examples/Example_9.6.1-ObjectEvent.jsonld");
		MvcResult captured = mvc.perform(post("/epcis/capture").with(producer).contentType(MediaType.APPLICATION_JSON)
			.content(document)).andExpect(status().isAccepted()).andReturn();
		String job = mvc.perform(get(captured.getResponse().getHeader("Location")).with(producer)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		// GS1's CaptureJob puts "errors" and "errorFile" in a oneOf whose branches constrain only their own
		// property, so no document can satisfy exactly one: the job is checked against each part instead.
		assertThat(Gs1EpcisOpenApi.validate("schemas/CaptureJob/allOf/0", job)).isEmpty();
		assertThat(Gs1EpcisOpenApi.validate("schemas/CaptureJob/allOf/1/oneOf/0", job)).isEmpty();
		JsonNode parsed = EpcisJson.read(job);
		assertThat(parsed.path("captureID").isString()).isTrue();
		assertThat(parsed.path("running").asBoolean()).isFalse();
		assertThat(parsed.path("success").asBoolean()).isTrue();
		assertThat(parsed.path("captureErrorBehaviour").asString()).isEqualTo("rollback");
		assertThat(parsed.path("errors").isArray()).isTrue();
		String jobs = mvc.perform(get("/epcis/capture").with(producer)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		EpcisJson.read(jobs)
			.forEach(each -> assertThat(Gs1EpcisOpenApi.validate("schemas/CaptureJob/allOf/0", each.toString())).isEmpty());
		mvc.perform(get("/epcis/capture/nope").with(producer)).andExpect(status().isNotFound());
	}

	@Test
	void securityAndMediaTypeErrorsUseTheBindingsExceptionTypes() throws Exception {
		String document = EventHashTests.resource("/epcis/gs1-examples/Example_9.6.1-ObjectEvent.jsonld");
		String unauthorized = mvc.perform(post("/epcis/capture").contentType(MediaType.APPLICATION_JSON).content(document))
			.andExpect(status().isUnauthorized()).andReturn().getResponse().getContentAsString();
		assertThat(Gs1EpcisOpenApi.validate("responses/401UnauthorizedRequest", unauthorized)).isEmpty();
		String forbidden = mvc.perform(post("/epcis/capture").with(SignIn.as(mvc, "motcua")).contentType(MediaType.APPLICATION_JSON)
			.content(document)).andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
		assertThat(Gs1EpcisOpenApi.validate("responses/403ClientUnauthorized", forbidden)).isEmpty();
		MockHttpServletResponse unsupported = mvc.perform(post("/epcis/capture").with(SignIn.as(mvc, "sanxuat"))
			.contentType(MediaType.TEXT_PLAIN).content(document)).andReturn().getResponse();
		assertThat(unsupported.getStatus()).isEqualTo(415);
		assertThat(unsupported.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		assertThat(Gs1EpcisOpenApi.validate("schemas/RFC7807ProblemResponseBody", unsupported.getContentAsString())).isEmpty();
		assertThat(EpcisJson.read(unsupported.getContentAsString()).path("type").asString())
			.isEqualTo("epcisException:UnsupportedMediaTypeException");
	}

	@Test
	void responsesCarryTheVersionHeadersAndNoSessionCookie() throws Exception {
		PortalClient http = new PortalClient(port);
		for (String path : List.of("/epcis/events", "/epcis/eventTypes", "/epcis/events?colour=red")) {
			var response = http.getJson(path);
			assertThat(response.headers().firstValue("GS1-EPCIS-Version")).hasValueSatisfying(
					v -> assertThat(v).matches(Gs1EpcisOpenApi.versionPattern()));
			assertThat(response.headers().firstValue("GS1-CBV-Version")).hasValueSatisfying(
					v -> assertThat(v).matches(Gs1EpcisOpenApi.versionPattern()));
			assertThat(response.headers().allValues("Set-Cookie")).as(path).isEmpty();
		}
	}

}
