package vn.langso.payment;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The secret each commune shares with its bank, by the commune's account number:
 * {@code langso.payment.bank-notice-secrets.<account number>=...} (environment:
 * {@code LANGSO_PAYMENT_BANKNOTICESECRETS_<account number>}). A leaked secret exposes one commune only,
 * and a notice is checked with the secret of the account it names. The demo secrets are published,
 * so where real money moves ({@code langso.secrets.required=true}, set by the postgres profile) the
 * application refuses to start without secrets of its own (platform's start-up check).
 */
@Component
class BankNoticeSecrets {

	static final String PROPERTY = "langso.payment.bank-notice-secrets";

	private final Map<String, byte[]> byAccount;

	BankNoticeSecrets(Environment environment) {
		Map<String, String> configured = Binder.get(environment)
			.bind(PROPERTY, Bindable.mapOf(String.class, String.class)).orElse(Map.of());
		this.byAccount = configured.entrySet().stream()
			.filter(e -> e.getValue() != null && !e.getValue().isBlank())
			.collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey,
					e -> e.getValue().getBytes(StandardCharsets.UTF_8)));
	}

	/** The secret of the bank account a notice names; empty when none is configured (the notice is refused). */
	Optional<String> forAccount(String accountNumber) {
		return Optional.ofNullable(accountNumber).map(byAccount::get).map(b -> new String(b, StandardCharsets.UTF_8));
	}

}
