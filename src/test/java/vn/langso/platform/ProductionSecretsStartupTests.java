package vn.langso.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.env.MockEnvironment;
import vn.langso.LangsoApplication;

/**
 * The postgres profile (production) refuses to start on the published demo secrets, naming each property
 * it misses; the check runs before any bean is made, so nothing touches a database or a port first.
 */
class ProductionSecretsStartupTests {

	@Test
	void thePostgresProfileWithoutItsOwnSecretsRefusesToStartAndNamesEachProperty() {
		assertThatThrownBy(() -> start("--spring.main.banner-mode=off")).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("Refusing to start without this deployment's own secrets")
			.hasMessageContaining("langso.signing.keystore-file is not set")
			.hasMessageContaining("langso.signing.keystore-password is not set")
			.hasMessageContaining("langso.payment.bank-notice-secrets is not set");
	}

	@Test
	void aShortBankSecretIsNamedWithItsAccount() {
		assertThatThrownBy(() -> start("--langso.signing.keystore-file=/etc/langso/communes.p12",
				"--langso.signing.keystore-password=this-deployments-own-password",
				"--langso.payment.bank-notice-secrets.1900000000001=short"))
			.hasMessageContaining("langso.payment.bank-notice-secrets.1900000000001 is shorter than 32 characters")
			.hasMessageNotContaining("keystore");
	}

	@Test
	void ownSecretsPassTheCheck() {
		MockEnvironment environment = new MockEnvironment()
			.withProperty("langso.signing.keystore-file", "/etc/langso/communes.p12")
			.withProperty("langso.signing.keystore-password", "this-deployments-own-password")
			.withProperty("langso.payment.bank-notice-secrets.1900000000001", "a".repeat(40));
		assertThat(ProductionSecretsCheck.problems(environment)).isEmpty();
	}

	private static void start(String... args) {
		try (ConfigurableApplicationContext ignored = new SpringApplicationBuilder(LangsoApplication.class)
			.profiles("postgres")
			.properties("spring.datasource.url=jdbc:h2:mem:secrets-check;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
					"spring.datasource.username=sa", "server.port=0", "langso.data-dir=target/secrets-check")
			.run(args)) {
			throw new AssertionError("the postgres profile started without its own secrets");
		}
	}

}
