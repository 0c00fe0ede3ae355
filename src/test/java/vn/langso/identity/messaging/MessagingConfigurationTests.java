package vn.langso.identity.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mock.env.MockEnvironment;
import vn.langso.identity.LoggingSmsGateway;
import vn.langso.identity.MessageChannel;
import vn.langso.identity.MessageGateway;
import vn.langso.identity.SmsGateway;

/**
 * Each channel's adapter comes from langso.messaging.*: the logging ones by default, the real ones when
 * named and configured; a half configuration or an unknown name stops the start; production warns for
 * every channel still without a real adapter.
 */
@ExtendWith(OutputCaptureExtension.class)
class MessagingConfigurationTests {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		// as in the application: durations such as PT10S in @Value
		.withInitializer(started -> started.getBeanFactory()
			.setConversionService(org.springframework.boot.convert.ApplicationConversionService.getSharedInstance()))
		.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
		.withUserConfiguration(MessagingConfiguration.class);

	@Test
	void byDefaultEveryChannelIsALoggingAdapter() {
		context.run(started -> {
			assertThat(started).hasSingleBean(MessageGateway.class);
			assertThat(started.getBean(SmsGateway.class)).isInstanceOf(LoggingSmsGateway.class);
			ChannelMessageGateway gateway = started.getBean(ChannelMessageGateway.class);
			assertThat(MessageChannel.values()).noneMatch(gateway::real);
		});
	}

	@Test
	void theRealAdaptersAreChosenByName() {
		context.withBean(JavaMailSender.class, JavaMailSenderImpl::new)
			.withPropertyValues("langso.messaging.sms=smpp", "langso.messaging.smpp.host=127.0.0.1",
					"langso.messaging.smpp.system-id=langso", "langso.messaging.smpp.source-address=UBND XA",
					"langso.messaging.email=smtp", "langso.messaging.email-from=xa@langso.example",
					"langso.messaging.zalo=zns", "langso.messaging.zns.access-token=t", "langso.messaging.zns.template-id=1")
			.run(started -> {
				assertThat(started.getBean(SmsGateway.class)).isInstanceOf(SmppSmsGateway.class);
				ChannelMessageGateway gateway = started.getBean(ChannelMessageGateway.class);
				assertThat(MessageChannel.values()).allMatch(gateway::real);
			});
	}

	@Test
	void aHalfConfiguredOrUnknownAdapterStopsTheStart() {
		context.withPropertyValues("langso.messaging.sms=smpp").run(started -> assertThat(started).hasFailed());
		context.withPropertyValues("langso.messaging.email=smtp").run(started -> assertThat(started).hasFailed());
		context.withPropertyValues("langso.messaging.zalo=zns").run(started -> assertThat(started).hasFailed());
		context.withPropertyValues("langso.messaging.zalo=oa").run(started -> assertThat(started).hasFailed());
	}

	@Test
	void productionWarnsLoudlyForEveryChannelWithoutARealAdapter(CapturedOutput output) {
		context.run(started -> {
			ChannelMessageGateway gateway = started.getBean(ChannelMessageGateway.class);
			MockEnvironment production = new MockEnvironment();
			production.setActiveProfiles("postgres");
			new ChannelReadiness(gateway, production).report();
			assertThat(output.getAll()).contains("PRODUCTION WITHOUT A REAL SMS ADAPTER")
				.contains("PRODUCTION WITHOUT A REAL ZALO ADAPTER").contains("PRODUCTION WITHOUT A REAL EMAIL ADAPTER");
			MockEnvironment demo = new MockEnvironment();
			int before = output.getAll().length();
			new ChannelReadiness(gateway, demo).report();
			assertThat(output.getAll().substring(before)).doesNotContain("PRODUCTION").contains("recorded as not sent");
		});
	}

}
