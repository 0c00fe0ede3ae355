package vn.langso.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;
import vn.langso.IntegrationTest;
import vn.langso.SignIn;

@IntegrationTest
class AuditLogIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountRepository accounts;

	@Autowired
	AuditLog audit;

	@Test
	void anAdministratorViewingACitizensAccountIsLoggedAndReadable() throws Exception {
		long citizen = accounts.findByCitizenId("036190012345").orElseThrow().id();
		long before = audit.aboutSubject("account", String.valueOf(citizen), PageRequest.of(0, 100)).getTotalElements();
		var admin = SignIn.as(mvc, "quantri");

		String page = mvc.perform(get("/staff/tai-khoan/" + citizen).with(admin))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("036190012345");

		var entries = audit.aboutSubject("account", String.valueOf(citizen), PageRequest.of(0, 100));
		assertThat(entries.getTotalElements()).isEqualTo(before + 1);
		assertThat(entries.getContent().getFirst().actorName()).isEqualTo("Ngô Văn Đức");
		assertThat(entries.getContent().getFirst().action()).isEqualTo("VIEW");

		String log = mvc.perform(get("/staff/nhat-ky").with(admin))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(log).contains("Ngô Văn Đức").contains("account #" + citizen);
	}

	@Test
	void theAuditRepositoryOffersNoWayToChangeOrDeleteEntries() {
		assertThat(AuditEntryRepository.class.getMethods())
			.extracting(java.lang.reflect.Method::getName)
			.noneMatch(name -> name.startsWith("delete") || name.startsWith("update"));
	}

}
