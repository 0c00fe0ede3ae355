package vn.langso.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.langso.IntegrationTest;

/** Linking people who signed in through an external identity provider to platform accounts. */
@IntegrationTest
class OidcAccountsIntegrationTests {

	@Autowired
	AccountRepository accounts;

	@Autowired
	AreaRepository areas;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	AuditLog audit;

	@Autowired
	Clock clock;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcTemplate jdbc;

	private OidcAccounts linker() {
		return new OidcAccounts(accounts, areas, passwords, DemoAreaCodes.BINH_HOA, audit, clock);
	}

	private Optional<CurrentUser> signInByProvider(String citizenId, String name) {
		return new TransactionTemplate(transactions).execute(status -> linker().accountFor(citizenId, name));
	}

	@Test
	void aKnownCitizenIdSignsIntoTheExistingAccount() {
		CurrentUser user = linker().accountFor("036190012345", "Tran Thi Mai").orElseThrow();
		assertThat(user.fullName()).isEqualTo("Trần Thị Mai");
	}

	@Test
	void aNewCitizenIdOpensACitizenAccountInTheDefaultCommune() {
		CurrentUser user = linker().accountFor("036199007777", "Đinh Thị Yến").orElseThrow();
		assertThat(user.roles()).containsExactly(Role.CITIZEN);
		assertThat(user.communeId()).isEqualTo(areas.findByCode(DemoAreaCodes.BINH_HOA).orElseThrow().id());
		assertThat(linker().accountFor("036199007777", "Đinh Thị Yến").orElseThrow().accountId()).isEqualTo(user.accountId());
	}

	@Test
	void theProvidersClaimProvesTheLink() {
		CurrentUser user = signInByProvider("036199007778", "Đinh Văn Sơn").orElseThrow();
		assertThat(accounts.findById(user.accountId()).orElseThrow().view().citizenIdProof()).isEqualTo(CitizenIdProof.OIDC);
	}

	@Test
	void anAccountThatOnlyTypedTheCitizenIdIsNeverEnteredAndLosesTheNumberToItsProvenHolder() {
		long provinceId = areas.findByCode(DemoAreaCodes.PROVINCE).orElseThrow().id();
		long communeId = areas.findByCode(DemoAreaCodes.BINH_HOA).orElseThrow().id();
		Account impostor = accounts.save(new Account("0358000201", "Hoàng Văn Giả", passwords.encode("x"), provinceId,
				communeId, EnumSet.of(Role.CITIZEN)).withContact("0358000201", "036199007779", null));

		CurrentUser holder = signInByProvider("036199007779", "Đinh Thị Thật").orElseThrow();
		assertThat(holder.accountId()).isNotEqualTo(impostor.id());
		assertThat(holder.fullName()).isEqualTo("Đinh Thị Thật");
		assertThat(accounts.findById(impostor.id()).orElseThrow().view().citizenId()).isNull();
		assertThat(accounts.findByCitizenId("036199007779").orElseThrow().view().citizenIdProven()).isTrue();
		assertThat(jdbc.queryForObject("select count(*) from identity_audit_entry where action = 'CITIZEN_ID_RELEASED' and subject_id = ?",
				Long.class, String.valueOf(impostor.id()))).isEqualTo(1);
	}

	@Test
	void aClaimThatIsNoCitizenIdIsRefused() {
		assertThat(linker().accountFor("someone@example.vn", "X")).isEmpty();
		assertThat(linker().accountFor(null, "X")).isEmpty();
	}

}
