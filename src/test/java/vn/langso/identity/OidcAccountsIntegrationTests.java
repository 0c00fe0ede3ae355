package vn.langso.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
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

	private OidcAccounts linker() {
		return new OidcAccounts(accounts, areas, passwords, DemoAreaCodes.BINH_HOA);
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
	void aClaimThatIsNoCitizenIdIsRefused() {
		assertThat(linker().accountFor("someone@example.vn", "X")).isEmpty();
		assertThat(linker().accountFor(null, "X")).isEmpty();
	}

}
