package vn.langso.payment.web;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import vn.langso.payment.BankNotices;
import vn.langso.payment.NoticeOutcome;

/**
 * The bank's machine-to-machine endpoint. It has its own security chain: no session, no CSRF; the
 * HMAC signature over the body is the authentication.
 */
@RestController
@Tag(name = "Payments", description = "Reconciliation of bank credit notices")
class BankNoticeController {

	static final String PATH = "/api/v1/payment/bank-notices";

	private final BankNotices notices;

	BankNoticeController(BankNotices notices) {
		this.notices = notices;
	}

	@PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "A bank credit notice, signed: X-Signature = hex HMAC-SHA256(shared secret, body). "
			+ "403 for a bad signature, 409 for a notice already received.")
	Map<String, String> notice(@RequestBody byte[] body,
			@Parameter(description = "hex HMAC-SHA256 of the body") @RequestHeader(name = "X-Signature", required = false) String signature) {
		NoticeOutcome outcome = notices.accept(body, signature);
		return Map.of("outcome", outcome.name());
	}

	@Bean
	@Order(20)
	static SecurityFilterChain bankNoticeSecurity(HttpSecurity http) throws Exception {
		return http.securityMatcher(PATH)
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.csrf(AbstractHttpConfigurer::disable)
			.sessionManagement(s -> s.sessionCreationPolicy(org.springframework.security.config.http.SessionCreationPolicy.STATELESS))
			.build();
	}

}
