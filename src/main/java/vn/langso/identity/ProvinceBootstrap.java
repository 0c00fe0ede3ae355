package vn.langso.identity;

import java.util.EnumSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A production deployment starts empty: from the environment it gets its province and the first
 * province administrator (LANGSO_BOOTSTRAP_*), who then adds communes, villages and accounts in the
 * staff area. Runs only when those settings are given and the account does not exist yet.
 */
@Component
@Order(-10)
class ProvinceBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ProvinceBootstrap.class);

	private final AreaRepository areas;

	private final AccountRepository accounts;

	private final PasswordEncoder passwords;

	private final Settings settings;

	record Settings(String provinceCode, String provinceName, String adminUsername, String adminPassword) {

		boolean complete() {
			return !provinceCode.isBlank() && !provinceName.isBlank() && !adminUsername.isBlank() && adminPassword.length() >= 12
					&& PasswordPolicy.problem(adminPassword, adminUsername).isEmpty();
		}

	}

	ProvinceBootstrap(AreaRepository areas, AccountRepository accounts, PasswordEncoder passwords,
			@Value("${langso.bootstrap.province-code:}") String provinceCode,
			@Value("${langso.bootstrap.province-name:}") String provinceName,
			@Value("${langso.bootstrap.admin-username:}") String adminUsername,
			@Value("${langso.bootstrap.admin-password:}") String adminPassword) {
		this.areas = areas;
		this.accounts = accounts;
		this.passwords = passwords;
		this.settings = new Settings(provinceCode, provinceName, adminUsername.toLowerCase(java.util.Locale.ROOT), adminPassword);
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (settings.adminUsername().isBlank()) {
			return;
		}
		if (!settings.complete()) {
			log.warn("langso.bootstrap.* incomplete (province code and name, admin username, a password of 12+ characters, not a common one): nothing created");
			return;
		}
		if (accounts.existsByUsername(settings.adminUsername())) {
			return;
		}
		Area province = areas.findByCode(settings.provinceCode())
			.orElseGet(() -> areas.save(new Area(settings.provinceCode(), settings.provinceName(), AreaLevel.PROVINCE, null)));
		accounts.save(new Account(settings.adminUsername(), "Quản trị viên tỉnh", passwords.encode(settings.adminPassword()),
				province.id(), null, EnumSet.of(Role.ADMINISTRATOR)));
		log.info("Bootstrap: province {} and administrator '{}' created", settings.provinceCode(), settings.adminUsername());
	}

}
