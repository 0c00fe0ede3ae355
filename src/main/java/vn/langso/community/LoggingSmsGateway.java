package vn.langso.community;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The development SMS adapter: writes the message to the log and keeps the last few in memory
 * (so a tester, or a test, can read the one-time code). Replaced by a real gateway in production.
 */
public class LoggingSmsGateway implements SmsGateway {

	private static final Logger log = LoggerFactory.getLogger(LoggingSmsGateway.class);

	public record Sent(String phone, String text) {
	}

	private final Deque<Sent> recent = new ArrayDeque<>();

	@Override
	public synchronized void send(String phone, String text) {
		log.info("SMS (logging adapter, not sent) to {}: {}", phone, text);
		recent.addFirst(new Sent(phone, text));
		while (recent.size() > 50) {
			recent.removeLast();
		}
	}

	public synchronized Optional<Sent> lastTo(String phone) {
		return recent.stream().filter(s -> s.phone().equals(phone)).findFirst();
	}

	@Configuration(proxyBeanMethods = false)
	static class Default {

		@Bean
		@ConditionalOnMissingBean(SmsGateway.class)
		LoggingSmsGateway loggingSmsGateway() {
			return new LoggingSmsGateway();
		}

	}

}
