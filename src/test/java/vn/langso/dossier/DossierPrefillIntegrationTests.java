package vn.langso.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.langso.IntegrationTest;
import vn.langso.SignIn;
import vn.langso.identity.Areas;
import vn.langso.identity.CitizenFacts;
import vn.langso.identity.DemoAreaCodes;
import vn.langso.identity.KnownCitizen;

/** "3 không": the birth-registration form arrives filled from the account and the household register. */
@IntegrationTest
class DossierPrefillIntegrationTests {

	private static final String BIRTH_FORM = "/xa/binh-hoa/thu-tuc/1.001193/nop";

	private static final String HOME = "Số nhà 60, Ngõ 3, Xóm 3, Xã Bình Hòa, Tỉnh Minh Họa";

	@Autowired
	MockMvc mvc;

	@Autowired
	CitizenFacts facts;

	@Autowired
	Areas areas;

	static Optional<String> valueOf(String page, String field) {
		Matcher input = Pattern.compile("<input[^>]*name=\"f_" + field + "\"[^>]*>").matcher(page);
		if (!input.find()) {
			throw new AssertionError("no field " + field);
		}
		Matcher value = Pattern.compile("value=\"([^\"]*)\"").matcher(input.group());
		return value.find() ? Optional.of(value.group(1)) : Optional.empty();
	}

	@Test
	void theFathersBirthRegistrationFormHasBothParentsAndTheHouseholdAddressFromTheRegister() throws Exception {
		// by CCCD: the sign-in throttle tests lock Hùng's phone login on purpose (the lock is per login name)
		String page = mvc.perform(get(BIRTH_FORM).with(SignIn.as(mvc, "036085001234")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(valueOf(page, "applicantName")).contains("Phạm Văn Hùng");
		assertThat(valueOf(page, "applicantId")).contains("036085001234");
		assertThat(valueOf(page, "applicantResidence")).contains(HOME);
		assertThat(valueOf(page, "fatherName")).contains("Phạm Văn Hùng");
		assertThat(valueOf(page, "fatherBirthYear")).contains("1985");
		assertThat(valueOf(page, "fatherResidence")).contains(HOME);
		assertThat(valueOf(page, "motherName")).contains("Trần Thị Mai");
		assertThat(valueOf(page, "motherBirthYear")).contains("1990");
		assertThat(valueOf(page, "motherResidence")).contains(HOME);
		assertThat(valueOf(page, "childEthnicity")).contains("Kinh");
		assertThat(valueOf(page, "childName").orElse("")).isEmpty();
	}

	@Test
	void theMothersFormNamesHerAsMotherAndHerHusbandAsFather() throws Exception {
		String page = mvc.perform(get(BIRTH_FORM).with(SignIn.as(mvc, "0912345678")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(valueOf(page, "motherName")).contains("Trần Thị Mai");
		assertThat(valueOf(page, "motherBirthYear")).contains("1990");
		assertThat(valueOf(page, "fatherName")).contains("Phạm Văn Hùng");
		assertThat(valueOf(page, "fatherBirthYear")).contains("1985");
	}

	@Test
	void theRegisterAnswersOnlyForItsOwnCommune() {
		long binhHoa = areas.byCode(DemoAreaCodes.BINH_HOA).orElseThrow().id();
		long hoangDong = areas.byCode(DemoAreaCodes.HOANG_DONG).orElseThrow().id();
		KnownCitizen mai = facts.byCitizenId(binhHoa, "036190012345").orElseThrow();
		assertThat(mai.sex()).isEqualTo(KnownCitizen.Sex.FEMALE);
		assertThat(mai.spouse().fullName()).isEqualTo("Phạm Văn Hùng");
		assertThat(mai.address()).isEqualTo(HOME);
		assertThat(facts.byCitizenId(hoangDong, "036190012345")).isEmpty();
		assertThat(facts.byCitizenId(binhHoa, "000000000000")).isEmpty();
	}

}
