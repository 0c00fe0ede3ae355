package vn.langso.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;
import vn.langso.IntegrationTest;
import vn.langso.SignIn;

@IntegrationTest
class CatalogIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Catalog catalog;

	@Test
	void searchWithoutDiacriticsFindsTheProcedures() throws Exception {
		mvc.perform(get("/xa/binh-hoa/thu-tuc").param("q", "khai sinh")).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Đăng ký khai sinh")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("Đăng ký kết hôn"))));
		assertThat(catalog.search("dang ky ket hon")).extracting(ProcedureView::code).first().isEqualTo("1.000894");
		assertThat(catalog.search("dang ky ket hon")).extracting(ProcedureView::code).doesNotContain("1.001193", "1.000656");
		assertThat(catalog.search("CHỨNG THỰC")).extracting(ProcedureView::code).contains("2.000815");
		assertThat(catalog.search("100%_")).isEmpty();
		mvc.perform(get("/api/v1/procedures").param("q", "khai tu")).andExpect(status().isOk())
			.andExpect(jsonPath("$[0].code").value("1.000656"));
	}

	@Test
	void theProcedurePageShowsItsQrCodeWhichLeadsBackToIt() throws Exception {
		mvc.perform(get("/xa/binh-hoa/thu-tuc/1.001193")).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Luật Hộ tịch")))
			.andExpect(content().string(Matchers.containsString("chưa được đối chiếu")));
		byte[] png = mvc.perform(get("/xa/binh-hoa/thu-tuc/1.001193/qr.png")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		var image = ImageIO.read(new ByteArrayInputStream(png));
		String decoded = new MultiFormatReader()
			.decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)))).getText();
		assertThat(decoded).endsWith("/xa/binh-hoa/thu-tuc/1.001193");
		mvc.perform(get("/xa/binh-hoa/thu-tuc/9.999999")).andExpect(status().isNotFound());
	}

	@Test
	void thePosterIsAnA4PdfWithEveryProcedure() throws Exception {
		byte[] pdf = mvc.perform(get("/xa/binh-hoa/thu-tuc/ma-qr.pdf")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (var document = Loader.loadPDF(pdf)) {
			// six procedures a sheet, every current procedure of the catalogue
			assertThat(document.getNumberOfPages()).isEqualTo((catalog.search(null).size() + 5) / 6);
			assertThat(document.getPage(0).getMediaBox().getWidth()).isBetween(594f, 596f);
			assertThat(new PDFTextStripper().getText(document)).contains("Đăng ký khai sinh", "1.001193");
		}
		byte[] one = mvc.perform(get("/xa/binh-hoa/thu-tuc/ma-qr.pdf").param("code", "1.000894").param("perPage", "1"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (var document = Loader.loadPDF(one)) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
		}
	}

	@Test
	void anAdministratorPublishesANewVersionAndEarlierVersionsStay() throws Exception {
		ProcedureView before = catalog.current("1.004873");
		ProcedureForm changed = new ProcedureForm(before.code(), before.name(), before.field(), before.legalBasis(),
				before.documents(), before.feeRule(), before.feeVnd(), 6000, "Mức mới của tỉnh (thử)",
				before.processingDays(), before.processingNote(), before.serviceLevel(), before.resultName(),
				before.form().json(), before.workflow(), before.sourceUrl(), before.sourceNote(), false);
		String json = JsonMapper.builder().build().writeValueAsString(changed);
		mvc.perform(post("/api/v1/procedures").contentType(MediaType.APPLICATION_JSON).content(json)
			.with(SignIn.as(mvc, "motcua")).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/procedures").contentType(MediaType.APPLICATION_JSON)
			.content(json.replace("\"workflow\":[", "\"workflow\":[{\"step\":\"PROCESS\",\"role\":\"CITIZEN\",\"sharePercent\":0},"))
			.with(SignIn.as(mvc, "quantri.tinh")).with(csrf())).andExpect(status().isBadRequest());
		// the catalogue is the province's: a commune's administrator may not publish for every commune
		mvc.perform(post("/api/v1/procedures").contentType(MediaType.APPLICATION_JSON).content(json)
			.with(SignIn.as(mvc, "quantri")).with(csrf())).andExpect(status().isForbidden());
		String oneOfficerDoesAll = json.replaceAll("\"role\":\"[A-Z_]+\"", "\"role\":\"ONE_STOP_OFFICER\"");
		mvc.perform(post("/api/v1/procedures").contentType(MediaType.APPLICATION_JSON).content(oneOfficerDoesAll)
			.with(SignIn.as(mvc, "quantri.tinh")).with(csrf())).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("tách nhiệm vụ")));
		mvc.perform(post("/api/v1/procedures").contentType(MediaType.APPLICATION_JSON).content(json)
			.with(SignIn.as(mvc, "quantri.tinh")).with(csrf())).andExpect(status().isCreated())
			.andExpect(jsonPath("$.version").value(before.version() + 1));
		List<ProcedureView> history = catalog.history("1.004873");
		assertThat(history.getFirst().unitFeeVnd()).isEqualTo(6000);
		assertThat(catalog.version(before.id())).get().satisfies(v -> assertThat(v.unitFeeVnd()).isEqualTo(before.unitFeeVnd()));
		assertThat(catalog.current("1.004873").id()).isNotEqualTo(before.id());
	}


	@Test
	void theAdministratorsEditPageRefusesABadSchemaAndSavesNothing() throws Exception {
		var admin = SignIn.as(mvc, "quantri.tinh");
		mvc.perform(get("/staff/thu-tuc").with(SignIn.as(mvc, "quantri"))).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Đăng ký khai tử")));
		mvc.perform(get("/staff/thu-tuc/1.000656").with(SignIn.as(mvc, "motcua"))).andExpect(status().isForbidden());
		int versions = catalog.history("1.000656").size();
		mvc.perform(post("/staff/thu-tuc/1.000656").with(admin).with(csrf())
			.param("code", "1.000656").param("name", "Đăng ký khai tử").param("field", "Hộ tịch")
			.param("legalBasis", "Luật Hộ tịch").param("documents", "deathNotice | Giấy báo tử | bắt buộc")
			.param("feeRule", "FIXED").param("feeVnd", "0").param("unitFeeVnd", "0").param("processingDays", "0")
			.param("serviceLevel", "FULLY_ONLINE").param("resultName", "TRÍCH LỤC KHAI TỬ")
			.param("workflow", "RECEIVE | ONE_STOP_OFFICER | 10\nPROCESS | SPECIALIST | 60\nAPPROVE | COMMUNE_LEADER | 20\nRETURN | ONE_STOP_OFFICER | 10")
			.param("formSchema", "{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\",\"minLength\":2}}}")
			.param("sourceNote", "thử").param("verified", "false"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Biểu mẫu (JSON Schema) không hợp lệ")));
		assertThat(catalog.history("1.000656")).hasSize(versions);
	}

	@Test
	void onlyAProvinceAdministratorChangesAProcedureAndOnlyWithSeparatedDuties() throws Exception {
		int versions = catalog.history("1.000656").size();
		String everyStepByTheDesk = "RECEIVE | ONE_STOP_OFFICER | 10\nPROCESS | ONE_STOP_OFFICER | 60\nAPPROVE | ONE_STOP_OFFICER | 20\nRETURN | ONE_STOP_OFFICER | 10";
		mvc.perform(deathRegistration(everyStepByTheDesk).with(SignIn.as(mvc, "quantri")).accept(MediaType.TEXT_HTML))
			.andExpect(status().isForbidden());
		mvc.perform(deathRegistration(everyStepByTheDesk).with(SignIn.as(mvc, "quantri.tinh")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("vai trò tiếp nhận và vai trò phê duyệt phải khác nhau")));
		assertThat(catalog.history("1.000656")).hasSize(versions);
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder deathRegistration(String workflow) {
		return post("/staff/thu-tuc/1.000656").with(csrf())
			.param("code", "1.000656").param("name", "Đăng ký khai tử").param("field", "Hộ tịch")
			.param("legalBasis", "Luật Hộ tịch").param("documents", "deathNotice | Giấy báo tử | bắt buộc")
			.param("feeRule", "FIXED").param("feeVnd", "0").param("unitFeeVnd", "0").param("processingDays", "1")
			.param("serviceLevel", "FULLY_ONLINE").param("resultName", "TRÍCH LỤC KHAI TỬ").param("workflow", workflow)
			.param("formSchema", "{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\"}}}")
			.param("sourceNote", "thử").param("verified", "false");
	}

}
