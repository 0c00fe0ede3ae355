package vn.langso.economy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.langso.IntegrationTest;
import vn.langso.SignIn;

/** The trace page's stateless chain and its cache of rendered, gzipped pages with ETags. */
@IntegrationTest
class TracePageCacheIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ProductRepository products;

	@Autowired
	GrowingAreaRepository areas;

	@Autowired
	TracePages pages;

	String pomeloGtin() {
		return products.findAll().stream().filter(p -> p.view().name().equals("Bưởi Diễn Bình Hòa")).findFirst().orElseThrow().gtin();
	}

	@Test
	void theTracePageIsStatelessEvenForASignedInVisitorAndStartsWithADoctype() throws Exception {
		MvcResult result = mvc.perform(get("/01/{gtin}/10/{lot}", pomeloGtin(), "BD-DEMO-01").with(SignIn.as(mvc, "sanxuat")))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist("Set-Cookie"))
			.andExpect(header().exists("Content-Security-Policy"))
			.andReturn();
		String html = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).startsWith("<!DOCTYPE html>");
		assertThat(html).contains("Đăng nhập").doesNotContain("Trịnh Văn Lộc").doesNotContain("_csrf");
		assertThat(result.getRequest().getSession(false)).isNull();
	}

	@Test
	void aSecondScanIsServedGzippedFromTheCacheAndARepeatWithItsEtagIsA304() throws Exception {
		String gtin = pomeloGtin();
		MockHttpServletResponse plain = mvc.perform(get("/01/{gtin}/10/{lot}", gtin, "BD-DEMO-01"))
			.andExpect(status().isOk()).andExpect(header().doesNotExist("Content-Encoding")).andReturn().getResponse();
		String etag = plain.getHeader("ETag");
		assertThat(etag).startsWith("W/\"");
		assertThat(plain.getHeader("Cache-Control")).isEqualTo("public, no-cache");
		long hits = pages.hits();
		MockHttpServletResponse gzipped = mvc.perform(get("/01/{gtin}/10/{lot}", gtin, "BD-DEMO-01").header("Accept-Encoding", "gzip, br"))
			.andExpect(status().isOk()).andExpect(header().string("Content-Encoding", "gzip"))
			.andExpect(header().string("ETag", etag)).andReturn().getResponse();
		assertThat(pages.hits()).isGreaterThan(hits);
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped.getContentAsByteArray()))) {
			assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(plain.getContentAsString(StandardCharsets.UTF_8));
		}
		MockHttpServletResponse notModified = mvc.perform(get("/01/{gtin}/10/{lot}", gtin, "BD-DEMO-01").header("If-None-Match", etag))
			.andExpect(status().isNotModified()).andReturn().getResponse();
		assertThat(notModified.getContentAsByteArray()).isEmpty();
		// English is another page with its own tag
		mvc.perform(get("/01/{gtin}/10/{lot}", gtin, "BD-DEMO-01").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(result -> assertThat(result.getResponse().getHeader("ETag")).isNotEqualTo(etag))
			.andExpect(result -> assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("Traceability"));
	}

	@Test
	void aNewEventOnTheBatchReplacesTheCachedPage() throws Exception {
		String gtin = pomeloGtin();
		var producer = SignIn.as(mvc, "sanxuat");
		long product = products.findAll().stream().filter(p -> p.gtin().equals(gtin)).findFirst().orElseThrow().id();
		long area = areas.findByCode("99001-VT-001").orElseThrow().id();
		String location = mvc.perform(post("/tai-khoan/san-xuat/lo").with(csrf()).with(producer)
				.param("productId", String.valueOf(product)).param("growingAreaId", String.valueOf(area))
				.param("lot", "CACHE-01").param("quantity", "200"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		MockHttpServletResponse before = mvc.perform(get("/01/{gtin}/10/{lot}", gtin, "CACHE-01"))
			.andExpect(status().isOk()).andReturn().getResponse();
		assertThat(before.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("Thu hoạch");
		mvc.perform(get("/01/{gtin}/10/{lot}", gtin, "CACHE-01").header("If-None-Match", before.getHeader("ETag")))
			.andExpect(status().isNotModified());

		mvc.perform(post(location + "/buoc").with(csrf()).with(producer).param("step", "HARVEST").param("quantity", "200"))
			.andExpect(status().is3xxRedirection());

		MockHttpServletResponse after = mvc.perform(get("/01/{gtin}/10/{lot}", gtin, "CACHE-01").header("If-None-Match", before.getHeader("ETag")))
			.andExpect(status().isOk()).andReturn().getResponse();
		assertThat(after.getHeader("ETag")).isNotEqualTo(before.getHeader("ETag"));
		assertThat(after.getContentAsString(StandardCharsets.UTF_8)).contains("Thu hoạch");
	}

	@Test
	void malformedAndUnknownLinksAreNotCached() throws Exception {
		int size = pages.size();
		mvc.perform(get("/01/{gtin}/10/{lot}", pomeloGtin(), "NO-SUCH-LOT")).andExpect(status().isNotFound());
		mvc.perform(get("/01/{gtin}/10/{lot}", "12345678901234", "BD-DEMO-01")).andExpect(status().isBadRequest());
		assertThat(pages.size()).isLessThanOrEqualTo(size);
	}

}
