package vn.langso.platform;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.langso.IntegrationTest;

@IntegrationTest
class ApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void healthIsUp() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
	}

	@Test
	void openApiDescribesTheRestApi() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.openapi").value(org.hamcrest.Matchers.startsWith("3.")))
			.andExpect(jsonPath("$.paths['/api/v1/areas']").exists());
	}

	@Test
	void areasListTheProvinceItsCommunesAndVillages() throws Exception {
		mvc.perform(get("/api/v1/areas"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.code == '99')].name").value("Tỉnh Minh Họa"))
			.andExpect(jsonPath("$[?(@.code == '99')].children[?(@.name == 'Xã Bình Hòa')].children[2].name").value("Xóm 3"))
			.andExpect(jsonPath("$[?(@.code == '99')].children[?(@.name == 'Xã Hoằng Đồng')].children[0].name").value("Thôn Quang Trung"))
			.andExpect(jsonPath("$[?(@.code == '99')].children[?(@.name == 'Xã Thiên Lộc')].children[0].name").value("Thôn Hòa Thịnh"))
			.andExpect(jsonPath("$[?(@.code == '99')].children[?(@.name == 'Xã Bình Hòa')].children[2].level").value("VILLAGE"));
	}

	@Test
	void unknownCommuneIsAProblemDetailInVietnamese() throws Exception {
		mvc.perform(get("/api/v1/communes/khong-co/officials"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.title").value("Không tìm thấy trang"));
	}

	@Test
	void directoryIsAvailableAsJson() throws Exception {
		mvc.perform(get("/api/v1/communes/binh-hoa/officials"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].position").value("Chủ tịch UBND xã"));
	}

}
