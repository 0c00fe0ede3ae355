package vn.langso.feedback;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The default SMS adapter when no operator gateway is configured: messages go to the log (number
 * masked) and the last few stay in memory for the developer's demo and the tests. Never for production.
 */
class LoggingSmsGateway implements SmsGateway {

	private static final Logger log = LoggerFactory.getLogger(LoggingSmsGateway.class);

	private static final int KEEP = 50;

	record Sent(String phone, String text) {
	}

	private final Deque<Sent> recent = new ArrayDeque<>();

	@Override
	public synchronized void send(String phone, String text) {
		log.info("SMS to {}: {}", mask(phone), text);
		recent.addFirst(new Sent(phone, text));
		while (recent.size() > KEEP) {
			recent.removeLast();
		}
	}

	synchronized List<Sent> recent() {
		return List.copyOf(recent);
	}

	synchronized Optional<Sent> lastTo(String phone) {
		return recent.stream().filter(s -> s.phone().equals(phone)).findFirst();
	}

	static String mask(String phone) {
		return phone == null || phone.length() < 4 ? "***" : "*******" + phone.substring(phone.length() - 3);
	}

	@Configuration(proxyBeanMethods = false)
	static class DefaultSmsGateway {

		@Bean
		@ConditionalOnMissingBean(SmsGateway.class)
		SmsGateway loggingSmsGateway() {
			return new LoggingSmsGateway();
		}

	}

}
