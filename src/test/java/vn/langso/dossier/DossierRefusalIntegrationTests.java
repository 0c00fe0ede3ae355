package vn.langso.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.langso.IntegrationTest;
import vn.langso.SignIn;

/**
 * Refusal after review (phiếu từ chối giải quyết hồ sơ): by the specialist while processing or by the
 * leader instead of approving, always with the reasons, recorded in the history and sent to the applicant.
 */
@IntegrationTest
class DossierRefusalIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DossierRepository dossiers;

	@Autowired
	HistoryRepository history;

	@Autowired
	JdbcTemplate jdbc;

	long submitBirth(RequestPostProcessor citizen) throws Exception {
		String location = mvc.perform(DossierFlowIntegrationTests.birthForm(UUID.randomUUID().toString())
			.file(new MockMultipartFile("doc_birthCertificate", "giay-chung-sinh.jpg", "image/jpeg",
					DossierFlowIntegrationTests.JPEG))
			.with(citizen)).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		return Long.parseLong(location.replaceAll(".*/ho-so/(\\d+).*", "$1"));
	}

	void api(RequestPostProcessor who, long id, String action, String comment, ResultMatcher expected) throws Exception {
		mvc.perform(post("/api/v1/dossiers/" + id + "/actions/" + action).contentType(MediaType.APPLICATION_JSON)
			.content(comment == null ? "{}" : "{\"comment\":\"" + comment + "\"}").with(csrf()).with(who))
			.andExpect(expected);
	}

	List<String> noticesOf(long dossierId) {
		return jdbc.queryForList("select message from dossier_notification where dossier_id = ? order by id", String.class,
				dossierId);
	}

	@Test
	void theSpecialistRefusesAfterReviewWithReasonsThatReachTheApplicant() throws Exception {
		RequestPostProcessor mai = SignIn.as(mvc, "0912345678");
		RequestPostProcessor officer = SignIn.as(mvc, "motcua");
		RequestPostProcessor specialist = SignIn.as(mvc, "hotich");
		long id = submitBirth(mai);
		api(officer, id, "receive", null, status().isOk());
		api(specialist, id, "refuse-in-process", "Trẻ đã được đăng ký khai sinh", status().isConflict());
		api(officer, id, "hand-over", null, status().isOk());

		// the applicant is not staff: the staff API does not even show the dossier
		api(mai, id, "refuse-in-process", "Tôi tự từ chối", status().isNotFound());
		api(officer, id, "refuse-in-process", "Không thuộc thẩm quyền", status().isForbidden());
		api(specialist, id, "refuse-in-process", null, status().isBadRequest());
		assertThat(dossiers.findById(id).orElseThrow().status()).isEqualTo(DossierStatus.IN_PROCESS);

		String reason = "Trẻ đã được đăng ký khai sinh tại xã Hoằng Đồng ngày 02/11/2026";
		api(specialist, id, "refuse-in-process", reason, status().isOk());
		Dossier refused = dossiers.findById(id).orElseThrow();
		assertThat(refused.status()).isEqualTo(DossierStatus.REFUSED);
		HistoryView last = history.ofDossier(id).getLast().view();
		assertThat(last.action()).isEqualTo("REFUSE_IN_PROCESS");
		assertThat(last.from()).isEqualTo(DossierStatus.IN_PROCESS);
		assertThat(last.actorName()).isEqualTo("Đỗ Văn Nam");
		assertThat(last.comment()).isEqualTo(reason);
		Awaitility.await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(noticesOf(id)).anySatisfy(n -> assertThat(n).contains("Từ chối", reason)));

		// nothing moves a refused dossier on
		api(specialist, id, "submit-for-approval", null, status().isConflict());
	}

	@Test
	void theLeaderRefusesInsteadOfApproving() throws Exception {
		RequestPostProcessor mai = SignIn.as(mvc, "0912345678");
		RequestPostProcessor officer = SignIn.as(mvc, "motcua");
		RequestPostProcessor specialist = SignIn.as(mvc, "hotich");
		RequestPostProcessor leader = SignIn.as(mvc, "lanhdao");
		long id = submitBirth(mai);
		api(officer, id, "receive", null, status().isOk());
		api(officer, id, "hand-over", null, status().isOk());
		api(specialist, id, "process", "Đề nghị từ chối: giấy chứng sinh không hợp lệ", status().isOk());
		api(specialist, id, "submit-for-approval", null, status().isOk());

		api(specialist, id, "refuse-at-approval", "Không hợp lệ", status().isForbidden());
		api(leader, id, "refuse-at-approval", "Giấy chứng sinh không do cơ sở y tế cấp", status().isOk());
		assertThat(dossiers.findById(id).orElseThrow().status()).isEqualTo(DossierStatus.REFUSED);
		HistoryView last = history.ofDossier(id).getLast().view();
		assertThat(last.action()).isEqualTo("REFUSE_AT_APPROVAL");
		assertThat(last.from()).isEqualTo(DossierStatus.AWAITING_APPROVAL);
		Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(noticesOf(id))
			.anySatisfy(n -> assertThat(n).contains("Giấy chứng sinh không do cơ sở y tế cấp")));
	}

}
