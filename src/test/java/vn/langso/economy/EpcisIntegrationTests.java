package vn.langso.economy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import vn.langso.IntegrationTest;
import vn.langso.SignIn;

/**
 * The EPCIS 2.0 side: documents the platform writes validate against GS1's JSON Schema, GS1's own
 * example documents are accepted by capture, bad documents are refused whole with clear errors.
 */
@IntegrationTest
class EpcisIntegrationTests {

	static Schema schema;

	@Autowired
	MockMvc mvc;

	@Autowired
	EpcisEventRepository events;

	@Autowired
	BatchRepository batches;

	@Autowired
	Clock clock;

	@BeforeAll
	static void loadGs1Schema() throws IOException {
		schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
			.getSchema(EventHashTests.resource("/epcis/EPCIS-JSON-Schema.json"), InputFormat.JSON);
	}

	static List<Error> validate(String json) {
		return schema.validate(json, InputFormat.JSON, context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
	}

	String apiKey() throws Exception {
		MvcResult result = mvc.perform(post("/tai-khoan/san-xuat/khoa-api").with(csrf()).with(SignIn.as(mvc, "sanxuat")))
			.andExpect(status().is3xxRedirection()).andReturn();
		return (String) result.getFlashMap().get("apiKey");
	}

	@Test
	void theSchemaItselfRejectsADocumentWithAnUnknownBizStep() throws IOException {
		String gs1 = EventHashTests.resource("/epcis/gs1-examples/Example_9.6.1-ObjectEvent.jsonld");
		assertThat(validate(gs1)).isEmpty();
		assertThat(validate(gs1.replace("\"bizStep\": \"shipping\"", "\"bizStep\": \"harvesting\""))).isNotEmpty();
	}

	@Test
	void documentsOfRecordedBatchesValidateAgainstTheGs1Epcis2JsonSchema() throws Exception {
		var producer = SignIn.as(mvc, "sanxuat");
		long batchId = batches.findAll().stream().filter(b -> b.link().lot().equals("BD-DEMO-01")).findFirst().orElseThrow().id();
		String time = OffsetDateTime.now(clock).minusHours(1).toLocalDateTime().withNano(0).toString();
		mvc.perform(post("/tai-khoan/san-xuat/lo/{id}/buoc", batchId).with(csrf()).with(producer)
			.param("step", "PROCESSING").param("at", time).param("quantity", "1150"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/tai-khoan/san-xuat/lo/{id}/buoc", batchId).with(csrf()).with(producer)
			.param("step", "SHIPPING").param("at", time).param("quantity", "1150").param("note", "Giao cho siêu thị ở Nam Định"))
			.andExpect(status().is3xxRedirection());
		String document = mvc.perform(get("/tai-khoan/san-xuat/lo/{id}/epcis.jsonld", batchId).with(producer))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		JsonNode parsed = EpcisJson.read(document);
		List<String> types = parsed.path("epcisBody").path("eventList").valueStream().map(e -> e.path("type").asString()).toList();
		assertThat(types).contains("ObjectEvent", "TransformationEvent", "AggregationEvent");
		assertThat(validate(document)).as("GS1 EPCIS 2.0 JSON Schema").isEmpty();
		for (JsonNode event : parsed.path("epcisBody").path("eventList")) {
			assertThat(event.path("eventID").asString()).isEqualTo(EventHash.of(event, EpcisJson.namespacesOf(parsed)));
		}
	}

	@Test
	void acceptsGs1PublishedExampleDocumentsAndAnswersQueriesAboutThem() throws Exception {
		String key = apiKey();
		for (String example : List.of("Example_9.6.1-ObjectEvent.jsonld", "Example_9.6.3-AggregationEvent.jsonld",
				"Example_9.6.4-TransformationEvent.jsonld")) {
			mvc.perform(post("/epcis/capture").header("Authorization", "Bearer " + key)
				.contentType("application/ld+json").content(EventHashTests.resource("/epcis/gs1-examples/" + example)))
				.andExpect(status().isAccepted())
				.andExpect(header().string("Location", containsString("/epcis/capture/")))
				.andExpect(jsonPath("$.success").value(true))
				.andExpect(jsonPath("$.running").value(false));
		}
		assertThat(events.existsByEventId(
				"ni:///sha-256;df7bb3c352fef055578554f09f5e2aa41782150ced7bd0b8af24dd3ccb30ba69?ver=CBV2.0")).isTrue();
		String shipped = mvc.perform(get("/epcis/events").param("eventType", "ObjectEvent").param("EQ_bizStep", "shipping")
				.param("MATCH_epc", "urn:epc:id:sgtin:0614141.107346.2017"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.type").value("EPCISQueryDocument"))
			.andExpect(jsonPath("$.epcisBody.queryResults.resultsBody.eventList", hasSize(1)))
			.andExpect(jsonPath("$.epcisBody.queryResults.resultsBody.eventList[0].bizStep").value("shipping"))
			.andReturn().getResponse().getContentAsString();
		assertThat(validate(shipped)).isEmpty();
		mvc.perform(get("/epcis/events").param("GE_eventTime", "2013-01-01T00:00:00Z").param("LT_eventTime", "2014-01-01T00:00:00Z")
				.param("eventType", "AggregationEvent,TransformationEvent"))
			.andExpect(jsonPath("$.epcisBody.queryResults.resultsBody.eventList", hasSize(2)));
		mvc.perform(get("/epcis/events").param("EQ_bizLocation", "urn:epc:id:sgln:0012345.11111.0"))
			.andExpect(jsonPath("$.epcisBody.queryResults.resultsBody.eventList", hasSize(1)))
			.andExpect(jsonPath("$.epcisBody.queryResults.resultsBody.eventList[0].bizStep").value("receiving"));
	}

	@Test
	void refusesAnInvalidBizStepAndStoresNothingOfTheDocument() throws Exception {
		long before = events.count();
		String document = EventHashTests.resource("/epcis/gs1-examples/Example_9.6.1-ObjectEvent.jsonld")
			.replace("\"bizStep\": \"receiving\"", "\"bizStep\": \"harvesting\"")
			.replace("df7bb3c3", "aaaaaaaa").replace("00e1e6eb", "bbbbbbbb");
		mvc.perform(post("/epcis/capture").header("Authorization", "Bearer " + apiKey())
			.contentType(MediaType.APPLICATION_JSON).content(document))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].event").value(1))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("harvesting")));
		assertThat(events.count()).isEqualTo(before);
	}

	@Test
	void refusesEventTimesInTheFutureBeyondTheTolerance() throws Exception {
		long before = events.count();
		String tomorrow = OffsetDateTime.now(clock).plusDays(1).toString();
		String document = EventHashTests.resource("/epcis/gs1-examples/Example_9.6.3-AggregationEvent.jsonld")
			.replace("2013-06-08T14:58:56.591Z", tomorrow).replace("87b5f18a", "cccccccc");
		mvc.perform(post("/epcis/capture").header("Authorization", "Bearer " + apiKey())
			.contentType(MediaType.APPLICATION_JSON).content(document))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("tương lai")));
		assertThat(events.count()).isEqualTo(before);
	}

	@Test
	void refusesMalformedDigitalLinks() throws Exception {
		long before = events.count();
		String document = EventHashTests.resource("/epcis/gs1-examples/Example_9.6.3-AggregationEvent.jsonld")
			.replace("\"urn:epc:id:sgtin:0614141.107346.2018\"", "\"https://id.gs1.org/01/1234/10/ABC\"")
			.replace("87b5f18a", "dddddddd");
		mvc.perform(post("/epcis/capture").header("Authorization", "Bearer " + apiKey())
			.contentType(MediaType.APPLICATION_JSON).content(document))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("GS1 Digital Link")));
		assertThat(events.count()).isEqualTo(before);
	}

	@Test
	void refusesEventsClaimingAnotherProducersGrowingArea() throws Exception {
		long before = events.count();
		String document = """
				{"@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"], "type": "EPCISDocument",
				 "schemaVersion": "2.0", "creationDate": "2026-11-20T08:00:00+07:00",
				 "epcisBody": {"eventList": [{"type": "ObjectEvent", "action": "ADD", "bizStep": "commissioning",
				   "eventTime": "2026-11-20T08:00:00+07:00", "eventTimeZoneOffset": "+07:00",
				   "quantityList": [{"epcClass": "https://id.gs1.org/01/10614141073464/10/LAC-1", "quantity": 50, "uom": "KGM"}],
				   "bizLocation": {"id": "https://langso.vn/id/vung-trong/99001-VT-003"}}]}}""";
		mvc.perform(post("/epcis/capture").header("Authorization", "Bearer " + apiKey())
			.contentType(MediaType.APPLICATION_JSON).content(document))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("99001-VT-003")));
		assertThat(events.count()).isEqualTo(before);
	}

	@Test
	void captureNeedsAProducer() throws Exception {
		String document = EventHashTests.resource("/epcis/gs1-examples/Example_9.6.1-ObjectEvent.jsonld");
		mvc.perform(post("/epcis/capture").contentType(MediaType.APPLICATION_JSON).content(document))
			.andExpect(status().isUnauthorized());
		mvc.perform(post("/epcis/capture").header("Authorization", "Bearer lsk_wrong").contentType(MediaType.APPLICATION_JSON)
			.content(document)).andExpect(status().isUnauthorized());
		mvc.perform(post("/epcis/capture").with(SignIn.as(mvc, "motcua")).contentType(MediaType.APPLICATION_JSON)
			.content(document)).andExpect(status().isForbidden());
	}

	@Test
	void aSignedInProducerMayCaptureWithoutCsrfToken() throws Exception {
		String document = """
				{"@context": "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld", "type": "EPCISDocument",
				 "schemaVersion": "2.0", "creationDate": "2026-11-20T08:00:00+07:00",
				 "epcisBody": {"eventList": [{"type": "ObjectEvent", "action": "OBSERVE", "bizStep": "inspecting",
				   "eventTime": "2026-11-20T09:00:00+07:00", "eventTimeZoneOffset": "+07:00",
				   "epcList": ["urn:epc:id:sgtin:0614141.107346.9999", "https://example.vn/01/10614141073464/10/A1/21/9"]}]}}""";
		MvcResult result = mvc.perform(post("/epcis/capture").with(SignIn.as(mvc, "sanxuat"))
			.contentType(MediaType.APPLICATION_JSON).content(document))
			.andExpect(status().isAccepted()).andReturn();
		String location = result.getResponse().getHeader("Location");
		mvc.perform(get(location).with(SignIn.as(mvc, "sanxuat"))).andExpect(jsonPath("$.eventCount").value(1));
	}

	@Test
	void badQueryParametersAreProblems() throws Exception {
		mvc.perform(get("/epcis/events").param("EQ_bizStep", "harvesting")).andExpect(status().isBadRequest());
		mvc.perform(get("/epcis/events").param("GE_eventTime", "yesterday")).andExpect(status().isBadRequest());
	}

}
