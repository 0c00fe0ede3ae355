package vn.langso.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.langso.IntegrationTest;
import vn.langso.SignIn;
import vn.langso.identity.AreaLevel;
import vn.langso.identity.Areas;
import vn.langso.identity.DemoAreaCodes;

/**
 * Drives every Open311 GeoReport v2 endpoint in XML and JSON, including the spec's error cases
 * (403 for a missing or wrong api_key, 404 for unknown service_code, request, token or jurisdiction,
 * 400 for everything else, always as a list of code and description), and the paging extension
 * ({@code page}, {@code page_size}) documented on the Open311 wiki's GeoReport v2 extensions page.
 *
 * <p>No published Open311 client library resolves from Maven Central: codeforamerica's
 * {@code org.codeforamerica.open311:jreport:0.0.4} is listed by mvnrepository but its jar and pom are
 * absent from the repository, and CUTR's {@code edu.usf.cutr:open311client} was only on JCenter.
 * The suite therefore speaks the protocol itself, by the spec's field names.
 */
@IntegrationTest
@DisplayName("Open311 GeoReport v2 conformance (no published Java client resolves from Maven Central)")
class Open311ConformanceIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	Areas areas;

	@Autowired
	ReportCategories categories;

	private static String apiKey;

	@BeforeEach
	void issueKeyOnce() throws Exception {
		if (apiKey == null) {
			MvcResult issued = mvc.perform(post("/staff/phan-anh/khoa-api").with(SignIn.as(mvc, "quantri")).with(csrf())
				.param("name", "Ứng dụng thử Open311")).andReturn();
			apiKey = (String) issued.getFlashMap().get("newKey");
			assertThat(apiKey).startsWith("ls_");
		}
	}

	@Test
	void discoveryInBothFormats() throws Exception {
		JsonNode json = json(get("/open311/v2/discovery.json"), 200);
		assertThat(json.get("endpoints").get(0).get("specification").asString()).isEqualTo("http://wiki.open311.org/GeoReport_v2");
		assertThat(json.get("endpoints").get(0).get("formats").toString()).contains("text/xml", "application/json");
		Document xml = xml(get("/open311/v2/discovery.xml"), 200);
		assertThat(xml.getDocumentElement().getTagName()).isEqualTo("discovery");
		assertThat(text(xml, "specification")).isEqualTo("http://wiki.open311.org/GeoReport_v2");
		assertThat(xml.getElementsByTagName("format").getLength()).isEqualTo(2);
	}

	@Test
	void servicesListTheCommunesCategoriesInBothFormats() throws Exception {
		JsonNode json = json(get("/open311/v2/services.json"), 200);
		assertThat(json.isArray()).isTrue();
		assertThat(json.size()).isEqualTo(6);
		JsonNode waste = find(json, "service_code", "moi-truong-rac-thai");
		assertThat(waste.get("service_name").asString()).isEqualTo("Môi trường, rác thải");
		assertThat(waste.get("type").asString()).isEqualTo("realtime");
		assertThat(waste.get("metadata").asBoolean()).isTrue();
		Document xml = xml(get("/open311/v2/services.xml").param("jurisdiction_id", "binh-hoa"), 200);
		assertThat(xml.getDocumentElement().getTagName()).isEqualTo("services");
		assertThat(xml.getElementsByTagName("service").getLength()).isEqualTo(6);
	}

	@Test
	void serviceDefinitionInBothFormats() throws Exception {
		JsonNode json = json(get("/open311/v2/services/moi-truong-rac-thai.json"), 200);
		assertThat(json.get("service_code").asString()).isEqualTo("moi-truong-rac-thai");
		JsonNode attribute = json.get("attributes").get(0);
		assertThat(attribute.get("code").asString()).isEqualTo("village");
		assertThat(attribute.get("datatype").asString()).isEqualTo("singlevaluelist");
		// one value per village of the commune (other tests may add villages to the shared demo data)
		int villages = (int) areas.childrenOf(areas.byCode(DemoAreaCodes.BINH_HOA).orElseThrow().id()).stream()
			.filter(v -> v.level() == AreaLevel.VILLAGE).count();
		assertThat(villages).isGreaterThanOrEqualTo(6);
		assertThat(attribute.get("values").size()).isEqualTo(villages);
		Document xml = xml(get("/open311/v2/services/moi-truong-rac-thai.xml"), 200);
		assertThat(xml.getDocumentElement().getTagName()).isEqualTo("service_definition");
		assertThat(xml.getElementsByTagName("attribute").getLength()).isEqualTo(1);
		assertThat(xml.getElementsByTagName("value").getLength()).isEqualTo(villages);
	}

	@Test
	void postThenReadBackByIdSearchAndToken() throws Exception {
		JsonNode created = json(post("/open311/v2/requests.json").param("api_key", apiKey)
			.param("service_code", "chieu-sang").param("lat", "19.801").param("long", "105.781")
			.param("description", "Đèn đường trước nhà văn hóa xóm 3 bị tắt hai tuần nay")
			.param("first_name", "Văn A").param("last_name", "Nguyễn").param("phone", "0900000111"), 200);
		String id = created.get(0).get("service_request_id").asString();
		assertThat(created.get(0).has("token")).isFalse();
		assertThat(created.get(0).get("service_notice").asString()).contains("PA");

		JsonNode one = json(get("/open311/v2/requests/" + id + ".json"), 200).get(0);
		assertThat(one.get("status").asString()).isEqualTo("open");
		assertThat(one.get("service_code").asString()).isEqualTo("chieu-sang");
		assertThat(one.get("lat").asDouble()).isEqualTo(19.801);
		assertThat(one.get("long").asDouble()).isEqualTo(105.781);
		assertThat(one.get("requested_datetime").asString()).endsWith("+07:00");
		assertThat(one.toString()).doesNotContain("0900000111").doesNotContain("Nguyễn Văn A");

		Document xml = xml(get("/open311/v2/requests/" + id + ".xml"), 200);
		assertThat(xml.getDocumentElement().getTagName()).isEqualTo("service_requests");
		assertThat(text(xml, "service_request_id")).isEqualTo(id);
		assertThat(text(xml, "status")).isEqualTo("open");

		JsonNode search = json(get("/open311/v2/requests.json").param("service_code", "chieu-sang").param("status", "open"), 200);
		assertThat(search.toString()).contains("\"service_request_id\":\"" + id + "\"");
		JsonNode closed = json(get("/open311/v2/requests.json").param("service_code", "chieu-sang").param("status", "closed"), 200);
		assertThat(closed.toString()).doesNotContain("\"service_request_id\":\"" + id + "\"");
		JsonNode byIds = json(get("/open311/v2/requests.json").param("service_request_id", id + ",999999"), 200);
		assertThat(byIds.size()).isEqualTo(1);
		String start = OffsetDateTime.now(ZoneOffset.UTC).minusDays(1).toString();
		String end = OffsetDateTime.now(ZoneOffset.UTC).plusDays(1).toString();
		Document window = xml(get("/open311/v2/requests.xml").param("start_date", start).param("end_date", end), 200);
		assertThat(window.getElementsByTagName("request").getLength()).isGreaterThanOrEqualTo(1);

		String token = created.get(0).get("service_notice").asString().replaceAll(".*(PA[A-Z0-9]{8}).*", "$1");
		JsonNode tokenJson = json(get("/open311/v2/tokens/" + token + ".json"), 200).get(0);
		assertThat(tokenJson.get("service_request_id").asString()).isEqualTo(id);
		assertThat(tokenJson.get("token").asString()).isEqualTo(token);
		Document tokenXml = xml(get("/open311/v2/tokens/" + token + ".xml"), 200);
		assertThat(text(tokenXml, "service_request_id")).isEqualTo(id);
	}

	/** GeoReport v2: a location is lat/long, address_string or address_id; description is optional. */
	@Test
	void postWithOnlyAnAddressIdAndNoDescription() throws Exception {
		JsonNode created = json(post("/open311/v2/requests.json").param("api_key", apiKey).param("service_code", "chieu-sang")
			.param("address_id", DemoAreaCodes.BINH_HOA_XOM_3), 200);
		String id = created.get(0).get("service_request_id").asString();
		JsonNode one = json(get("/open311/v2/requests/" + id + ".json"), 200).get(0);
		assertThat(one.get("address").asString()).isEqualTo("Xóm 3");
		assertThat(one.get("service_code").asString()).isEqualTo("chieu-sang");
		assertError(post("/open311/v2/requests.json").param("api_key", apiKey).param("service_code", "chieu-sang")
			.param("address_id", DemoAreaCodes.HOANG_DONG_QUANG_TRUNG), "json", 400);
	}

	@Test
	void serviceCodeTakesACommaSeparatedList() throws Exception {
		json(post("/open311/v2/requests.json").param("api_key", apiKey).param("service_code", "duong-giao-thong")
			.param("address_string", "Đường trục xóm 3").param("description", "Ổ gà lớn giữa đường trục xóm"), 200);
		json(post("/open311/v2/requests.json").param("api_key", apiKey).param("service_code", "chieu-sang")
			.param("address_string", "Cổng nhà văn hóa").param("description", "Đèn cổng nhà văn hóa không sáng"), 200);
		JsonNode both = json(get("/open311/v2/requests.json").param("service_code", "chieu-sang,duong-giao-thong"), 200);
		java.util.Set<String> codes = new java.util.HashSet<>();
		both.forEach(r -> codes.add(r.get("service_code").asString()));
		assertThat(codes).containsExactlyInAnyOrder("chieu-sang", "duong-giao-thong");
		int lights = json(get("/open311/v2/requests.json").param("service_code", "chieu-sang"), 200).size();
		int roads = json(get("/open311/v2/requests.json").param("service_code", "duong-giao-thong"), 200).size();
		assertThat(both.size()).isEqualTo(Math.min(lights + roads, 1000));
		assertError(get("/open311/v2/requests.json").param("service_code", "chieu-sang,khong-co"), "json", 404);
	}

	@Test
	void postInXmlWithAddressAndVillageAttribute() throws Exception {
		Document xml = xml(post("/open311/v2/requests.xml").param("api_key", apiKey).param("service_code", "duong-giao-thong")
			.param("address_string", "Ngõ 4, xóm 3").param("description", "Ổ gà lớn giữa ngõ, xe máy dễ ngã")
			.param("attribute[village]", villageId()), 200);
		String id = text(xml, "service_request_id");
		JsonNode read = json(get("/open311/v2/requests/" + id + ".json"), 200).get(0);
		assertThat(read.get("address").asString()).isEqualTo("Ngõ 4, xóm 3");
		assertThat(read.get("lat").isNull()).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "json", "xml" })
	void missingOrWrongApiKeyIs403(String format) throws Exception {
		assertError(post("/open311/v2/requests." + format).param("service_code", "chieu-sang").param("lat", "19.8")
			.param("long", "105.7").param("description", "Đèn hỏng đã lâu"), format, 403);
		assertError(post("/open311/v2/requests." + format).param("api_key", "ls_wrong").param("service_code", "chieu-sang")
			.param("lat", "19.8").param("long", "105.7").param("description", "Đèn hỏng đã lâu"), format, 403);
	}

	@ParameterizedTest
	@ValueSource(strings = { "json", "xml" })
	void unknownResourcesAre404(String format) throws Exception {
		assertError(get("/open311/v2/services/khong-co." + format), format, 404);
		assertError(get("/open311/v2/requests/99999999." + format), format, 404);
		assertError(get("/open311/v2/tokens/PAZZZZZZZZ." + format), format, 404);
		assertError(get("/open311/v2/services." + format).param("jurisdiction_id", "xa-khong-co"), format, 404);
		assertError(get("/open311/v2/requests." + format).param("service_code", "khong-co"), format, 404);
		assertError(post("/open311/v2/requests." + format).param("api_key", apiKey).param("service_code", "khong-co")
			.param("lat", "19.8").param("long", "105.7").param("description", "Mô tả đủ dài"), format, 404);
	}

	@ParameterizedTest
	@ValueSource(strings = { "json", "xml" })
	void badInputIs400AndStoresNothing(String format) throws Exception {
		int before = json(get("/open311/v2/requests.json"), 200).size();
		String url = "/open311/v2/requests." + format;
		assertError(post(url).param("api_key", apiKey).param("lat", "19.8").param("long", "105.7")
			.param("description", "Thiếu mã dịch vụ"), format, 400);
		assertError(post(url).param("api_key", apiKey).param("service_code", "chieu-sang").param("lat", "91")
			.param("long", "105.7").param("description", "Vĩ độ ngoài phạm vi"), format, 400);
		assertError(post(url).param("api_key", apiKey).param("service_code", "chieu-sang").param("lat", "19.8")
			.param("long", "-180.5").param("description", "Kinh độ ngoài phạm vi"), format, 400);
		assertError(post(url).param("api_key", apiKey).param("service_code", "chieu-sang").param("lat", "abc")
			.param("long", "105").param("description", "Vĩ độ không phải số"), format, 400);
		assertError(post(url).param("api_key", apiKey).param("service_code", "chieu-sang")
			.param("description", "Không có vị trí nào"), format, 400);
		assertError(post(url).param("api_key", apiKey).param("service_code", "chieu-sang").param("lat", "19.8")
			.param("long", "105.7").param("description", "<script>alert(1)</script> đèn hỏng"), format, 400);
		assertError(post(url).param("api_key", apiKey).param("service_code", "chieu-sang").param("lat", "19.8")
			.param("long", "105.7").param("description", "x".repeat(4001)), format, 400);
		assertError(get(url).param("start_date", "hôm qua"), format, 400);
		assertError(get(url).param("start_date", "2026-01-01T00:00:00+07:00").param("end_date", "2026-06-01T00:00:00+07:00"),
				format, 400);
		assertError(get(url).param("status", "pending"), format, 400);
		assertError(get(url).param("service_request_id", "abc"), format, 400);
		assertThat(json(get("/open311/v2/requests.json"), 200).size()).isEqualTo(before);
	}

	@Test
	void unknownFormatIsRefusedOnEveryEndpoint() throws Exception {
		for (String path : new String[] { "/open311/v2/discovery.csv", "/open311/v2/services.csv",
				"/open311/v2/services/chieu-sang.csv", "/open311/v2/requests.csv", "/open311/v2/requests/1.csv",
				"/open311/v2/tokens/PAZZZZZZZZ.csv" }) {
			MvcResult result = mvc.perform(get(path)).andReturn();
			assertThat(result.getResponse().getStatus()).as(path).isEqualTo(404);
			assertThat(JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).get(0).get("code").asInt())
				.as(path).isEqualTo(404);
		}
		assertThat(mvc.perform(post("/open311/v2/requests.csv").param("api_key", apiKey)).andReturn().getResponse()
			.getStatus()).isEqualTo(404);
	}

	@Test
	void pagingWalksTheDefaultWindowNewestFirstInBothFormats() throws Exception {
		for (int i = 0; i < 3; i++) {
			json(post("/open311/v2/requests.json").param("api_key", apiKey).param("service_code", "khac")
				.param("address_string", "Nhà văn hóa xóm " + i).param("description", "Thử phân trang Open311 số " + i), 200);
		}
		JsonNode all = json(get("/open311/v2/requests.json"), 200);
		assertThat(all.size()).isGreaterThanOrEqualTo(3);
		JsonNode first = json(get("/open311/v2/requests.json").param("page_size", "1"), 200);
		JsonNode second = json(get("/open311/v2/requests.json").param("page_size", "1").param("page", "2"), 200);
		assertThat(first.size()).isEqualTo(1);
		assertThat(second.size()).isEqualTo(1);
		assertThat(first.get(0).get("service_request_id").asString()).isEqualTo(all.get(0).get("service_request_id").asString());
		assertThat(second.get(0).get("service_request_id").asString()).isEqualTo(all.get(1).get("service_request_id").asString());
		Document page = xml(get("/open311/v2/requests.xml").param("page_size", "2").param("page", "1"), 200);
		assertThat(page.getElementsByTagName("request").getLength()).isEqualTo(2);
		assertThat(text(page, "service_request_id")).isEqualTo(all.get(0).get("service_request_id").asString());
		String requested = all.get(0).get("requested_datetime").asString();
		assertThat(OffsetDateTime.parse(requested)).isAfterOrEqualTo(OffsetDateTime.parse(all.get(1).get("requested_datetime").asString()));
		JsonNode beyond = json(get("/open311/v2/requests.json").param("page_size", "1000").param("page", "10"), 200);
		assertThat(beyond.isArray()).isTrue();
		assertThat(beyond.size()).isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "json", "xml" })
	void pagingOutOfBoundsIs400(String format) throws Exception {
		String url = "/open311/v2/requests." + format;
		assertError(get(url).param("page_size", "0"), format, 400);
		assertError(get(url).param("page_size", "1001"), format, 400);
		assertError(get(url).param("page_size", "mười"), format, 400);
		assertError(get(url).param("page", "0"), format, 400);
		assertError(get(url).param("page", "11").param("page_size", "1000"), format, 400);
		assertError(get("/open311/v2/requests/abc." + format), format, 400);
	}

	@Test
	void mediaUrlAppearsOnlyOnceStaffPublishedThePhotos() throws Exception {
		MvcResult filed = mvc.perform(multipart("/xa/binh-hoa/phan-anh/moi")
			.file(new MockMultipartFile("photos", "den.jpg", "image/jpeg", TestPhotos.jpeg(64, 48)))
			.param("categoryId", String.valueOf(categoryId("chieu-sang")))
			.param("description", "Bóng đèn đường trước cổng trường bị vỡ")
			.param("latitude", "19.8").param("longitude", "105.78")
			.with(SignIn.as(mvc, "0912345678")).with(csrf())).andReturn();
		String target = filed.getResponse().getRedirectedUrl();
		assertThat(target).matches("/xa/binh-hoa/phan-anh/\\d+");
		String id = target.substring(target.lastIndexOf('/') + 1);
		JsonNode hidden = json(get("/open311/v2/requests/" + id + ".json"), 200).get(0);
		assertThat(hidden.get("media_url").isNull()).isTrue();
		mvc.perform(post("/staff/phan-anh/" + id + "/anh").param("visible", "true").with(SignIn.as(mvc, "motcua")).with(csrf()));
		JsonNode shown = json(get("/open311/v2/requests.json").param("service_request_id", id), 200).get(0);
		String media = shown.get("media_url").asString();
		assertThat(media).matches("https?://[^/]+/xa/binh-hoa/phan-anh/anh/\\d+");
		assertThat(mvc.perform(get(media.replaceFirst("https?://[^/]+", ""))).andReturn().getResponse().getContentType())
			.isEqualTo("image/jpeg");
		Document xml = xml(get("/open311/v2/requests/" + id + ".xml"), 200);
		assertThat(text(xml, "media_url")).isEqualTo(media);
	}

	@Test
	void revokedKeyNoLongerPosts() throws Exception {
		MvcResult issued = mvc.perform(post("/staff/phan-anh/khoa-api").with(SignIn.as(mvc, "quantri")).with(csrf())
			.param("name", "Khóa sẽ thu hồi")).andReturn();
		String key = (String) issued.getFlashMap().get("newKey");
		MockHttpServletRequestBuilder create = post("/open311/v2/requests.json").param("api_key", key)
			.param("service_code", "khac").param("address_string", "Chợ xã").param("description", "Thử khóa trước khi thu hồi");
		json(create, 200);
		String page = mvc.perform(get("/staff/phan-anh/khoa-api").with(SignIn.as(mvc, "quantri"))).andReturn()
			.getResponse().getContentAsString();
		String keyId = page.replaceAll("(?s).*Khóa sẽ thu hồi.*?/staff/phan-anh/khoa-api/(\\d+)/thu-hoi.*", "$1");
		mvc.perform(post("/staff/phan-anh/khoa-api/" + keyId + "/thu-hoi").with(SignIn.as(mvc, "quantri")).with(csrf()));
		assertError(post("/open311/v2/requests.json").param("api_key", key).param("service_code", "khac")
			.param("address_string", "Chợ xã").param("description", "Sau khi thu hồi khóa"), "json", 403);
	}

	@Test
	void keysAreForAdministratorsOnly() throws Exception {
		assertThat(mvc.perform(post("/staff/phan-anh/khoa-api").with(SignIn.as(mvc, "motcua")).with(csrf()).param("name", "x"))
			.andReturn().getResponse().getStatus()).isEqualTo(403);
	}

	private long categoryId(String code) {
		return categories.categoryByCode(areas.byCode(DemoAreaCodes.BINH_HOA).orElseThrow().id(), code).orElseThrow().id();
	}

	private String villageId() throws Exception {
		JsonNode def = json(get("/open311/v2/services/duong-giao-thong.json"), 200);
		return def.get("attributes").get(0).get("values").get(2).get("key").asString();
	}

	private void assertError(MockHttpServletRequestBuilder request, String format, int status) throws Exception {
		MvcResult result = mvc.perform(request).andReturn();
		String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(result.getResponse().getStatus()).as(body).isEqualTo(status);
		if (format.equals("json")) {
			assertThat(result.getResponse().getContentType()).startsWith(MediaType.APPLICATION_JSON_VALUE);
			JsonNode errors = JSON.readTree(body);
			assertThat(errors.isArray()).isTrue();
			assertThat(errors.get(0).get("code").asInt()).isEqualTo(status);
			assertThat(errors.get(0).get("description").asString()).isNotBlank();
		}
		else {
			assertThat(result.getResponse().getContentType()).startsWith("text/xml");
			Document xml = parse(body);
			assertThat(xml.getDocumentElement().getTagName()).isEqualTo("errors");
			Element error = (Element) xml.getElementsByTagName("error").item(0);
			assertThat(error.getElementsByTagName("code").item(0).getTextContent()).isEqualTo(String.valueOf(status));
			assertThat(error.getElementsByTagName("description").item(0).getTextContent()).isNotBlank();
		}
	}

	private JsonNode json(MockHttpServletRequestBuilder request, int status) throws Exception {
		MvcResult result = mvc.perform(request).andReturn();
		String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(result.getResponse().getStatus()).as(body).isEqualTo(status);
		assertThat(result.getResponse().getContentType()).startsWith(MediaType.APPLICATION_JSON_VALUE);
		return JSON.readTree(body);
	}

	private Document xml(MockHttpServletRequestBuilder request, int status) throws Exception {
		MvcResult result = mvc.perform(request).andReturn();
		String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(result.getResponse().getStatus()).as(body).isEqualTo(status);
		assertThat(result.getResponse().getContentType()).startsWith("text/xml");
		return parse(body);
	}

	private static Document parse(String body) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
	}

	private static String text(Document xml, String tag) {
		return xml.getElementsByTagName(tag).item(0).getTextContent();
	}

	private static JsonNode find(JsonNode array, String field, String value) {
		for (JsonNode node : array) {
			if (node.get(field).asString().equals(value)) {
				return node;
			}
		}
		throw new AssertionError("no " + field + "=" + value + " in " + array);
	}

}
