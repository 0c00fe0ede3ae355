package vn.langso.broadcast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import vn.langso.IntegrationTest;
import vn.langso.identity.Areas;
import vn.langso.identity.DemoAreaCodes;

/** Emergency alerts come out as CAP 1.2 that the official schema accepts, in the feed and one by one. */
@IntegrationTest
class CapFeedIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Announcements announcements;

	@Autowired
	Areas areas;

	@Test
	void everyAlertOfTheFeedAndEachAlertDocumentIsValidCap12() throws Exception {
		long commune = areas.byCode(DemoAreaCodes.THIEN_LOC).orElseThrow().id();
		long village = areas.byCode(DemoAreaCodes.THIEN_LOC_HOA_THINH).orElseThrow().id();
		AnnouncementView storm = announcements.publish(commune, "Phan Thị Hằng", new AnnouncementForm(
				"Bão số 5 đổ bộ đêm nay", "Người dân <thôn Hòa Thịnh> & các hộ ven sông chằng chống nhà cửa, không ra đồng.",
				Urgency.EMERGENCY, EnumSet.of(Channel.PORTAL), List.of(village), null, "Bão số 5", 12), null);

		Schema schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
			.newSchema(new StreamSource(getClass().getResourceAsStream("/cap/CAP-v1.2.xsd")));

		String feed = mvc.perform(get("/cap/alerts.xml")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Document document = parse(feed);
		NodeList alerts = document.getElementsByTagNameNS(CapFeed.CAP, "alert");
		assertThat(alerts.getLength()).isGreaterThanOrEqualTo(1);
		boolean found = false;
		for (int i = 0; i < alerts.getLength(); i++) {
			Element alert = (Element) alerts.item(i);
			schema.newValidator().validate(new DOMSource(alert));
			found |= alert.getElementsByTagNameNS(CapFeed.CAP, "headline").item(0).getTextContent().equals(storm.title());
		}
		assertThat(found).isTrue();

		String single = mvc.perform(get("/cap/alerts/" + storm.id() + ".xml")).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		schema.newValidator().validate(new StreamSource(new StringReader(single)));
		Document alert = parse(single);
		assertThat(alert.getElementsByTagNameNS(CapFeed.CAP, "category").item(0).getTextContent()).isEqualTo("Met");
		assertThat(alert.getElementsByTagNameNS(CapFeed.CAP, "description").item(0).getTextContent())
			.contains("<thôn Hòa Thịnh> & các hộ");
		assertThat(alert.getElementsByTagNameNS(CapFeed.CAP, "sent").item(0).getTextContent()).endsWith("+07:00");
	}

	@Test
	void aNormalAnnouncementIsNoCapAlert() throws Exception {
		long commune = areas.byCode(DemoAreaCodes.THIEN_LOC).orElseThrow().id();
		long village = areas.byCode(DemoAreaCodes.THIEN_LOC_HOA_THINH).orElseThrow().id();
		AnnouncementView notice = announcements.publish(commune, "Phan Thị Hằng", new AnnouncementForm(
				"Họp thôn", "Họp thôn tối thứ Sáu.", Urgency.NORMAL, EnumSet.of(Channel.PORTAL), List.of(village), null, null, 24), null);
		mvc.perform(get("/cap/alerts/" + notice.id() + ".xml")).andExpect(status().isNotFound());
		mvc.perform(get("/cap/alerts/999999.xml")).andExpect(status().isNotFound());
	}

	private static Document parse(String xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
	}

}
