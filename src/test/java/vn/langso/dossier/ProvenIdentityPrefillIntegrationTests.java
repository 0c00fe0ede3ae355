package vn.langso.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.langso.dossier.DossierPrefillIntegrationTests.valueOf;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.langso.CitizenSignUp;
import vn.langso.IntegrationTest;
import vn.langso.SignIn;
import vn.langso.identity.Areas;
import vn.langso.identity.CitizenFacts;
import vn.langso.identity.DemoAreaCodes;
import vn.langso.identity.KnownCitizen;
import vn.langso.identity.SmsGateway;

/**
 * Register data reaches a form only through a proven CCCD link: someone who types a neighbour's CCCD
 * (with a phone of their own, proven by its code) gets none of the neighbour's household; the one-stop
 * officer who sees the card at the desk proves the link, and from then on the form is filled.
 */
@IntegrationTest
class ProvenIdentityPrefillIntegrationTests {

	private static final String BIRTH_FORM = "/xa/binh-hoa/thu-tuc/1.001193/nop";

	@Autowired
	MockMvc mvc;

	@Autowired
	SmsGateway sms;

	@Autowired
	CitizenFacts facts;

	@Autowired
	Areas areas;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anImpostorWithANeighboursCitizenIdGetsNothingOfTheNeighboursHousehold() throws Exception {
		String neighboursId = marriedResidentWithoutAccount();
		KnownCitizen neighbour = facts.byCitizenId(binhHoa(), neighboursId).orElseThrow();
		CitizenSignUp.register(mvc, sms, binhHoa(), "Hoàng Văn Giả", neighboursId, "0357000101");

		String form = mvc.perform(get(BIRTH_FORM).with(SignIn.as(mvc, "0357000101"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(valueOf(form, "applicantName")).contains("Hoàng Văn Giả");
		assertThat(valueOf(form, "applicantResidence")).contains("Xã Bình Hòa, Tỉnh Minh Họa");
		assertThat(valueOf(form, "motherName").orElse("")).isEmpty();
		assertThat(valueOf(form, "fatherName").orElse("")).isEmpty();
		assertThat(valueOf(form, "motherResidence").orElse("")).isEmpty();
		assertThat(valueOf(form, "fatherResidence").orElse("")).isEmpty();
		assertThat(form).doesNotContain(neighbour.fullName(), neighbour.spouse().fullName(), neighbour.address());
	}

	@Test
	void theOfficerProvesTheLinkAtTheDeskAndOnlyThenTheFormIsFilledFromTheRegister() throws Exception {
		String citizenId = marriedResidentWithoutAccount();
		KnownCitizen resident = facts.byCitizenId(binhHoa(), citizenId).orElseThrow();
		CitizenSignUp.register(mvc, sms, binhHoa(), resident.fullName(), citizenId, "0357000102");
		RequestPostProcessor citizen = SignIn.as(mvc, "0357000102");
		String before = mvc.perform(get(BIRTH_FORM).with(citizen)).andReturn().getResponse().getContentAsString();
		assertThat(before).doesNotContain(resident.address(), resident.spouse().fullName());

		String foreignDesk = mvc.perform(post("/staff/xac-minh-cccd").with(SignIn.as(mvc, "motcua.hoangdong")).with(csrf())
			.param("citizenId", citizenId)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(foreignDesk).contains("data-test=\"desk-none\"").doesNotContain(resident.fullName());

		RequestPostProcessor officer = SignIn.as(mvc, "motcua");
		String desk = mvc.perform(post("/staff/xac-minh-cccd").with(officer).with(csrf()).param("citizenId", citizenId))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(desk).contains("data-test=\"desk-account\"", resident.fullName()).doesNotContain("0357000102");
		long accountId = jdbc.queryForObject("select id from identity_account where citizen_id = ?", Long.class, citizenId);
		mvc.perform(post("/staff/xac-minh-cccd/" + accountId + "/xac-nhan").with(officer).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(mvc.perform(get(BIRTH_FORM).with(citizen)).andReturn().getResponse().getContentAsString())
			.as("without ticking that the card was seen nothing is proven").doesNotContain(resident.address());

		mvc.perform(post("/staff/xac-minh-cccd/" + accountId + "/xac-nhan").with(officer).with(csrf()).param("cardSeen", "true"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("""
				select count(*) from identity_audit_entry where action = 'CITIZEN_ID_CONFIRMED' and subject_type = 'account'
				 and subject_id = ?""", Long.class, String.valueOf(accountId))).isEqualTo(1);
		String after = mvc.perform(get(BIRTH_FORM).with(citizen)).andReturn().getResponse().getContentAsString();
		assertThat(valueOf(after, "applicantResidence")).contains(resident.address());
		assertThat(after).contains(resident.spouse().fullName());
	}

	/** A householder of Bình Hòa with a spouse in the register and no account yet. */
	private String marriedResidentWithoutAccount() {
		return jdbc.queryForList("""
				select r.citizen_id from community_resident r
				 where r.commune_id = ? and r.relation = 'HEAD' and r.citizen_id is not null
				   and exists (select 1 from community_resident s where s.household_id = r.household_id and s.relation = 'SPOUSE')
				   and not exists (select 1 from identity_account a where a.citizen_id = r.citizen_id)
				 order by r.id fetch first 1 rows only""", String.class, binhHoa()).getFirst();
	}

	private long binhHoa() {
		return areas.byCode(DemoAreaCodes.BINH_HOA).orElseThrow().id();
	}

}
