package vn.langso.dossier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.langso.shared.PhoneNumber;

/** The default SMS, Zalo and e-mail adapters: they log what would be sent (numbers masked). */
@Configuration(proxyBeanMethods = false)
class LoggingGateways {

	private static final Logger log = LoggerFactory.getLogger("vn.langso.dossier.notifications");

	@Bean
	MessageGateway smsGateway() {
		return new Logging("sms", true);
	}

	@Bean
	MessageGateway zaloGateway() {
		return new Logging("zalo", true);
	}

	@Bean
	MessageGateway emailGateway() {
		return new Logging("email", false);
	}

	private record Logging(String channel, boolean byPhone) implements MessageGateway {

		@Override
		public boolean send(String phone, String email, String text) {
			String to = byPhone ? (phone == null ? null : new PhoneNumber(phone).masked()) : email;
			if (to == null) {
				return false;
			}
			log.info("[{}] to {}: {}", channel, byPhone ? to : "<e-mail>", text);
			return true;
		}

	}

}
