package vn.langso.identity;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.langso.shared.PhoneNumber;

/**
 * The default SMS adapter when no operator gateway is configured: messages go to the log with the
 * number masked, and the last few stay in memory so a demo operator or a test can read a one-time
 * code. Never for production.
 */
public class LoggingSmsGateway implements SmsGateway {

	private static final Logger log = LoggerFactory.getLogger(LoggingSmsGateway.class);

	private static final int KEEP = 200;

	public record Sent(String phone, String text) {
	}

	private final Deque<Sent> recent = new ArrayDeque<>();

	@Override
	public synchronized void send(String phone, String text) {
		log.info("SMS (logging adapter, not sent) to {}: {}", mask(phone), text);
		recent.addFirst(new Sent(phone, text));
		while (recent.size() > KEEP) {
			recent.removeLast();
		}
	}

	public synchronized List<Sent> recent() {
		return List.copyOf(recent);
	}

	public synchronized Optional<Sent> lastTo(String phone) {
		return recent.stream().filter(s -> s.phone().equals(phone)).findFirst();
	}

	static String mask(String phone) {
		return PhoneNumber.isValid(phone) ? PhoneNumber.parse(phone).masked() : "***";
	}

	@Configuration(proxyBeanMethods = false)
	static class DefaultGateway {

		@Bean
		@ConditionalOnMissingBean(SmsGateway.class)
		SmsGateway loggingSmsGateway() {
			return new LoggingSmsGateway();
		}

	}

}
