package vn.langso.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Where real people and money are at stake ({@code langso.secrets.required=true}, which the postgres
 * profile sets), the application refuses to start on a published secret: before any bean is made it
 * checks that this deployment brought its own signing keystore and bank-notice secrets, and names every
 * property that is missing. The demo values live in {@code demo-secrets.properties}, inactive there.
 */
@Component
class ProductionSecretsCheck implements BeanFactoryPostProcessor, EnvironmentAware {

	static final int MIN_BANK_SECRET_LENGTH = 32;

	private Environment environment;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		if (!environment.getProperty("langso.secrets.required", Boolean.class, false)) {
			return;
		}
		List<String> problems = problems(environment);
		if (!problems.isEmpty()) {
			throw new IllegalStateException("Refusing to start without this deployment's own secrets: "
					+ String.join("; ", problems));
		}
	}

	static List<String> problems(Environment environment) {
		List<String> problems = new ArrayList<>();
		if (blank(environment.getProperty("langso.signing.keystore-file"))) {
			problems.add("langso.signing.keystore-file is not set (environment LANGSO_SIGNING_KEYSTORE): the PKCS#12 "
					+ "file of the communes' signing keys from a certification authority, the same on every node");
		}
		if (blank(environment.getProperty("langso.signing.keystore-password"))) {
			problems.add("langso.signing.keystore-password is not set (environment LANGSO_SIGNING_PASSWORD)");
		}
		Map<String, String> secrets = Binder.get(environment)
			.bind("langso.payment.bank-notice-secrets", Bindable.mapOf(String.class, String.class)).orElse(Map.of());
		if (secrets.isEmpty()) {
			problems.add("langso.payment.bank-notice-secrets is not set: each commune's own secret shared with its bank, "
					+ "as langso.payment.bank-notice-secrets.<account number>=... (environment "
					+ "LANGSO_PAYMENT_BANKNOTICESECRETS_<account number>)");
		}
		secrets.forEach((account, secret) -> {
			if (blank(secret) || secret.strip().length() < MIN_BANK_SECRET_LENGTH) {
				problems.add("langso.payment.bank-notice-secrets." + account + " is shorter than "
						+ MIN_BANK_SECRET_LENGTH + " characters");
			}
		});
		return problems;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
