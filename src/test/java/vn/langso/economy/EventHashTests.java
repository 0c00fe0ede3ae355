package vn.langso.economy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.langso.shared.InvalidInputException;

class EventHashTests {

	/*
	 * The canonical pre-hash string of GS1's example 9.6.1 (first event), as the reference implementation
	 * openepcis/openepcis-event-hash-generator prints it (its EventHashPerformanceGuardTest and benchmark).
	 */
	static final String OPENEPCIS_PRE_HASH_9_6_1 = "eventType=ObjectEventeventTime=2005-04-04T02:33:31.116ZeventTimeZoneOffset=-06:00"
			+ "epcListepc=https://id.gs1.org/01/10614141073464/21/2017epc=https://id.gs1.org/01/10614141073464/21/2018"
			+ "action=OBSERVEbizStep=https://ref.gs1.org/cbv/BizStep-shippingdisposition=https://ref.gs1.org/cbv/Disp-in_transit"
			+ "readPointid=https://id.gs1.org/414/0614141073467/254/1234"
			+ "bizTransactionListtype=https://ref.gs1.org/cbv/BTT-pobizTransaction=http://transaction.acme.com/po/12345678";

	@Test
	void writesTheSameCanonicalPreHashStringAsTheReferenceImplementation() throws IOException {
		JsonNode document = gs1Example("Example_9.6.1-ObjectEvent.jsonld");
		JsonNode event = document.path("epcisBody").path("eventList").get(0);
		assertThat(EventHash.preHash(event, EpcisJson.namespacesOf(document))).isEqualTo(OPENEPCIS_PRE_HASH_9_6_1);
	}

	@Test
	void eventIdIsTheSha256OfThePreHashAsANamedInformationUri() throws IOException {
		JsonNode document = gs1Example("Example_9.6.1-ObjectEvent.jsonld");
		String id = EventHash.of(document.path("epcisBody").path("eventList").get(0), Map.of());
		assertThat(id).matches("ni:///sha-256;[0-9a-f]{64}\\?ver=CBV2\\.0");
		assertThat(id).isEqualTo(EventHash.of(document.path("epcisBody").path("eventList").get(0), Map.of()));
	}

	@Test
	void extensionFieldsAreHashedWithTheirNamespaceAndChangeTheId() throws IOException {
		JsonNode document = gs1Example("Example_9.6.1-ObjectEvent.jsonld");
		JsonNode second = document.path("epcisBody").path("eventList").get(1);
		assertThat(EventHash.preHash(second, EpcisJson.namespacesOf(document)))
			.endsWith("{http://ns.example.com/epcis/}myField=Example of a vendor/user extension");
	}

	@Test
	void convertsEpcUrnsToCanonicalDigitalLinks() {
		assertThat(EventHash.identifier("urn:epc:id:sgtin:0614141.107346.2017"))
			.isEqualTo("https://id.gs1.org/01/10614141073464/21/2017");
		assertThat(EventHash.identifier("urn:epc:class:lgtin:4012345.012345.998877"))
			.isEqualTo("https://id.gs1.org/01/04012345123456/10/998877");
		assertThat(EventHash.identifier("urn:epc:id:sscc:0614141.1234567890")).isEqualTo("https://id.gs1.org/00/106141412345678908");
		assertThat(EventHash.identifier("https://xa.example.vn/01/02900001000018/10/BD-1"))
			.isEqualTo("https://id.gs1.org/01/02900001000018/10/BD-1");
	}

	@Test
	void gtinsCarryTheGs1CheckDigit() {
		assertThat(Gtins.isValid("10614141073464")).isTrue();
		assertThat(Gtins.isValid("10614141073465")).isFalse();
		String internal = Gtins.forProduct(null, 1, 1);
		assertThat(internal).startsWith("029").hasSize(14);
		assertThat(Gtins.isValid(internal)).isTrue();
		assertThat(Gtins.isInternal(internal)).isTrue();
		String underPrefix = Gtins.forProduct("8935001", 7, 42);
		assertThat(underPrefix).startsWith("08935001").hasSize(14);
		assertThat(Gtins.isValid(underPrefix)).isTrue();
	}

	@Test
	void digitalLinksAreParsedFromUrisAndPathsAndMalformedOnesRefused() {
		DigitalLink link = DigitalLink.parse("https://langso.example/01/10614141073464/10/BD-2611");
		assertThat(link.gtin()).isEqualTo("10614141073464");
		assertThat(link.lot()).isEqualTo("BD-2611");
		assertThat(link.path()).isEqualTo("/01/10614141073464/10/BD-2611");
		assertThat(link.canonical()).isEqualTo("https://id.gs1.org/01/10614141073464/10/BD-2611");
		assertThatThrownBy(() -> DigitalLink.parse("/01/10614141073465/10/BD")).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> DigitalLink.parse("/01/123/10/BD")).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> DigitalLink.parse("/01/10614141073464/10/" + "X".repeat(21))).isInstanceOf(InvalidInputException.class);
		assertThat(EpcisCheck.isWellFormedDigitalLink("https://id.gs1.org/01/10614141073464/10/A1/21/9")).isTrue();
		assertThat(EpcisCheck.isWellFormedDigitalLink("https://id.gs1.org/01/10614141073464/21/9/10/A1")).isFalse();
		assertThat(EpcisCheck.isWellFormedDigitalLink("https://id.gs1.org/01/1061414107346/10/A1")).isFalse();
	}

	static JsonNode gs1Example(String name) throws IOException {
		return EpcisJson.read(resource("/epcis/gs1-examples/" + name));
	}

	static String resource(String path) throws IOException {
		try (InputStream in = EventHashTests.class.getResourceAsStream(path)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
