package vn.langso.economy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import vn.langso.IntegrationTest;

/**
 * A batch's Digital Link answers a linkset in RFC 9264's JSON form (section 4.2): an object with one member
 * "linkset" holding link context objects, each with an "anchor" and, per relation type, an array of target
 * objects that each have an "href"; served as application/linkset+json.
 */
@IntegrationTest
class DigitalLinkLinksetIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	BatchRepository batches;

	@Test
	void linkTypeAllAndTheLinksetMediaTypeAnswerAnRfc9264Linkset() throws Exception {
		DigitalLink link = batches.findAll().stream().filter(b -> b.link().lot().equals("BD-DEMO-01")).findFirst().orElseThrow()
			.link();
		for (var request : java.util.List.of(get(link.path()).param("linkType", "all"),
				get(link.path()).header("Accept", "application/linkset+json"))) {
			var response = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse();
			assertThat(response.getContentType()).startsWith("application/linkset+json");
			JsonNode body = EpcisJson.read(response.getContentAsString());
			assertThat(body.propertyNames()).containsExactly("linkset");
			JsonNode context = body.path("linkset").path(0);
			assertThat(context.path("anchor").asString()).endsWith(link.path());
			for (var relation : context.properties()) {
				if (relation.getKey().equals("anchor")) {
					continue;
				}
				assertThat(relation.getKey()).startsWith("https://gs1.org/voc/");
				assertThat(relation.getValue().isArray()).isTrue();
				relation.getValue().forEach(target -> assertThat(target.path("href").asString()).startsWith("http"));
			}
			assertThat(context.has("https://gs1.org/voc/pip")).isTrue();
			assertThat(context.path("https://gs1.org/voc/traceability").path(0).path("href").asString()).contains("/epcis/events?");
		}
		mvc.perform(get(link.path()).header("Accept", "text/html")).andExpect(status().isOk());
	}

}
