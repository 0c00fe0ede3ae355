package vn.langso.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.langso.IntegrationTest;
import vn.langso.SignIn;
import vn.langso.catalog.Catalog;

/**
 * The inbox's counts (one grouped query) agree with the lists each filter shows, per filter and per
 * procedure; and the catalogue hands out the same parsed version again instead of parsing it anew.
 */
@IntegrationTest
class DossierInboxIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Autowired
	Catalog catalog;

	long submitBirth(RequestPostProcessor citizen) throws Exception {
		String location = mvc.perform(DossierFlowIntegrationTests.birthForm(UUID.randomUUID().toString())
			.file(new MockMultipartFile("doc_birthCertificate", "a.jpg", "image/jpeg", DossierFlowIntegrationTests.JPEG))
			.with(citizen)).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		return Long.parseLong(location.replaceAll(".*/ho-so/(\\d+).*", "$1"));
	}

	String inbox(RequestPostProcessor officer, String filter, String procedure) throws Exception {
		var request = get("/api/v1/inbox").param("filter", filter);
		if (procedure != null) {
			request.param("procedure", procedure);
		}
		return mvc.perform(request.with(officer)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	static long number(String json, String path) {
		Object value = JsonPath.read(json, path);
		return value == null ? 0 : ((Number) value).longValue();
	}

	@Test
	void theCountsOfEachFilterAndProcedureMatchWhatTheInboxLists() throws Exception {
		RequestPostProcessor mai = SignIn.as(mvc, "0912345678");
		RequestPostProcessor officer = SignIn.as(mvc, "motcua");
		LocalDate today = LocalDate.now(clock);
		long overdue = submitBirth(mai);
		long dueToday = submitBirth(mai);
		long later = submitBirth(mai);
		jdbc.update("update dossier_dossier set due_date = ? where id = ?", today.minusDays(3), overdue);
		jdbc.update("update dossier_dossier set due_date = ? where id = ?", today, dueToday);
		jdbc.update("update dossier_dossier set due_date = ? where id = ?", today.plusDays(30), later);

		String all = inbox(officer, "ALL", null);
		for (String filter : new String[] { "ALL", "DUE_SOON", "OVERDUE" }) {
			String page = inbox(officer, filter, null);
			assertThat(number(all, "$.counts." + filter)).as(filter).isEqualTo(number(page, "$.total"));
		}
		assertThat(number(all, "$.counts.OVERDUE")).isPositive();
		assertThat(number(all, "$.counts.DUE_SOON")).isPositive();
		assertThat(number(all, "$.counts.ALL")).isGreaterThanOrEqualTo(3);
		assertThat(JsonPath.<java.util.List<Object>>read(inbox(officer, "OVERDUE", null), "$.dossiers[?(@.id == " + overdue + ")]"))
			.isNotEmpty();
		assertThat(JsonPath.<java.util.List<Object>>read(inbox(officer, "OVERDUE", null), "$.dossiers[?(@.id == " + later + ")]"))
			.isEmpty();

		java.util.Map<String, Object> byProcedure = JsonPath.read(all, "$.byProcedure");
		assertThat(byProcedure.values().stream().mapToLong(v -> ((Number) v).longValue()).sum())
			.isEqualTo(number(all, "$.counts.ALL"));
		for (String procedure : byProcedure.keySet()) {
			assertThat(((Number) byProcedure.get(procedure)).longValue()).as(procedure)
				.isEqualTo(number(inbox(officer, "ALL", procedure), "$.total"));
		}
		// the specialist's inbox holds none of these (they wait at the desk)
		String specialist = inbox(SignIn.as(mvc, "hotich"), "ALL", null);
		assertThat(JsonPath.<java.util.List<Object>>read(specialist, "$.dossiers[?(@.id == " + overdue + ")]")).isEmpty();
	}

	@Test
	void aProcedureVersionIsParsedOnce() {
		var current = catalog.current("1.001193");
		assertThat(catalog.current("1.001193")).isSameAs(current);
		assertThat(catalog.version(current.id()).orElseThrow()).isSameAs(current);
		assertThat(current.form().fields()).isNotEmpty();
	}

}
