package vn.langso.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import vn.langso.IntegrationTest;

@IntegrationTest
class ProvinceBootstrapIntegrationTests {

	@Autowired
	AreaRepository areas;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	MockMvc mvc;

	@Test
	void createsTheProvinceAndItsFirstAdministratorOnce() throws Exception {
		ProvinceBootstrap bootstrap = new ProvinceBootstrap(areas, accounts, passwords, "98", "Tỉnh Khởi Tạo",
				"Admin.KhoiTao", "mot-mat-khau-rat-dai");
		bootstrap.run(null);
		bootstrap.run(null);
		Account admin = accounts.findByUsername("admin.khoitao").orElseThrow();
		assertThat(admin.currentUser().isProvinceWide()).isTrue();
		assertThat(admin.currentUser().provinceId()).isEqualTo(areas.findByCode("98").orElseThrow().id());
		assertThat(accounts.findAll()).filteredOn(a -> a.username().equals("admin.khoitao")).hasSize(1);
	}

	@Test
	void refusesAShortPasswordAndCreatesNothing() throws Exception {
		new ProvinceBootstrap(areas, accounts, passwords, "97", "Tỉnh Ngắn", "admin.ngan", "ngan").run(null);
		assertThat(accounts.findByUsername("admin.ngan")).isEmpty();
		assertThat(areas.findByCode("97")).isEmpty();
	}

}
