package vn.langso.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The default {@link MessageGateway} when no provider is configured: SMS goes to the {@link SmsGateway}
 * (so a deployment that plugs in only an SMS operator has every module's texts on it), Zalo and e-mail
 * are written to the log with the address masked. Nothing else leaves the server.
 */
public class LoggingMessageGateway implements MessageGateway {

	private static final Logger log = LoggerFactory.getLogger(LoggingMessageGateway.class);

	private final SmsGateway sms;

	public LoggingMessageGateway(SmsGateway sms) {
		this.sms = sms;
	}

	@Override
	public boolean send(OutboundMessage message) {
		if (message.channel() == MessageChannel.SMS) {
			sms.send(message.address(), message.text());
			return true;
		}
		String to = message.channel().byPhone() ? LoggingSmsGateway.mask(message.address()) : maskEmail(message.address());
		log.info("{} (logging adapter, not sent) to {}: {}", message.channel(), to,
				message.subject() == null ? message.text() : message.subject());
		return true;
	}

	static String maskEmail(String address) {
		int at = address.indexOf('@');
		return at < 0 ? "***" : "***" + address.substring(at);
	}

	@Configuration(proxyBeanMethods = false)
	static class DefaultGateway {

		@Bean
		@ConditionalOnMissingBean(MessageGateway.class)
		MessageGateway loggingMessageGateway(SmsGateway sms) {
			return new LoggingMessageGateway(sms);
		}

	}

}
