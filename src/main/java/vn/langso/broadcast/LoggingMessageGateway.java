package vn.langso.broadcast;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The default gateway: writes each message to the log (addresses masked), so nothing leaves the server. */
class LoggingMessageGateway implements MessageGateway {

	private static final Logger log = LoggerFactory.getLogger(LoggingMessageGateway.class);

	@Override
	public boolean send(Channel channel, String address, String subject, String text) {
		String masked = address.length() <= 4 ? "****" : "****" + address.substring(address.length() - 3);
		log.info("{} to {}: {}", channel, masked, subject);
		return true;
	}

	@Configuration(proxyBeanMethods = false)
	static class Default {

		@Bean
		@ConditionalOnMissingBean(MessageGateway.class)
		MessageGateway loggingMessageGateway() {
			return new LoggingMessageGateway();
		}

	}

}
