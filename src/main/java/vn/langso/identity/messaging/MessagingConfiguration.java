package vn.langso.identity.messaging;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import vn.langso.identity.LoggingSmsGateway;
import vn.langso.identity.SmsGateway;

/**
 * Picks each channel's adapter from configuration (docs/operations.md, "Messages"):
 * {@code langso.messaging.sms=log|smpp}, {@code langso.messaging.email=log|smtp},
 * {@code langso.messaging.zalo=log|zns}. {@code log} (the default) sends nothing and says
 * {@code NOT_SENT}; any other value is refused at start.
 */
@Configuration(proxyBeanMethods = false)
class MessagingConfiguration {

	@Bean
	SmsGateway smsGateway(@Value("${langso.messaging.sms:log}") String adapter,
			@Value("${langso.messaging.smpp.host:}") String host, @Value("${langso.messaging.smpp.port:2775}") int port,
			@Value("${langso.messaging.smpp.system-id:}") String systemId,
			@Value("${langso.messaging.smpp.password:}") String password,
			@Value("${langso.messaging.smpp.system-type:}") String systemType,
			@Value("${langso.messaging.smpp.source-address:}") String source,
			@Value("${langso.messaging.smpp.timeout:PT10S}") Duration timeout,
			@Value("${langso.messaging.smpp.enquire-link:PT30S}") Duration enquireLink) {
		return switch (choice("sms", adapter, "smpp")) {
			case "smpp" -> new SmppSmsGateway(new SmppSmsGateway.Settings(host, port, systemId, password, systemType, source,
					timeout.toMillis(), enquireLink.toMillis()));
			default -> new LoggingSmsGateway();
		};
	}

	@Bean
	@ConditionalOnProperty(name = "langso.messaging.email", havingValue = "smtp")
	SmtpEmailAdapter smtpEmailAdapter(ObjectProvider<JavaMailSender> mail,
			@Value("${langso.messaging.email-from:}") String from) {
		JavaMailSender sender = mail.getIfAvailable();
		if (sender == null) {
			throw new IllegalStateException("langso.messaging.email=smtp needs spring.mail.host (and port, username, password)");
		}
		return new SmtpEmailAdapter(sender, from);
	}

	@Bean
	@ConditionalOnProperty(name = "langso.messaging.zalo", havingValue = "zns")
	ZnsZaloAdapter znsZaloAdapter(
			@Value("${langso.messaging.zns.endpoint:https://business.openapi.zalo.me/message/template}") URI endpoint,
			@Value("${langso.messaging.zns.access-token:}") String token,
			@Value("${langso.messaging.zns.template-id:}") String template,
			@Value("${langso.messaging.zns.subject-param:title}") String subjectParam,
			@Value("${langso.messaging.zns.text-param:content}") String textParam,
			@Value("${langso.messaging.zns.timeout:PT10S}") Duration timeout) {
		return new ZnsZaloAdapter(new ZnsZaloAdapter.Settings(endpoint, token, template, subjectParam, textParam, timeout));
	}

	@Bean
	ChannelMessageGateway messageGateway(SmsGateway sms, List<ChannelAdapter> adapters, MeterRegistry meters,
			@Value("${langso.messaging.email:log}") String email, @Value("${langso.messaging.zalo:log}") String zalo) {
		choice("email", email, "smtp");
		choice("zalo", zalo, "zns");
		return new ChannelMessageGateway(sms, adapters, meters);
	}

	/** The adapter named for a channel, {@code log} or its one real adapter; anything else stops the start. */
	private static String choice(String channel, String value, String real) {
		String name = value.trim().toLowerCase(Locale.ROOT);
		if (!name.equals("log") && !name.equals(real)) {
			throw new IllegalStateException("langso.messaging." + channel + "=" + value + ": use log or " + real);
		}
		return name;
	}

}
