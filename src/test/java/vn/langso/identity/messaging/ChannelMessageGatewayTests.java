package vn.langso.identity.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import vn.langso.identity.DeliveryResult;
import vn.langso.identity.LoggingSmsGateway;
import vn.langso.identity.MessageChannel;
import vn.langso.identity.OutboundMessage;

/**
 * Without a real adapter a channel says "not sent" (never "accepted"), the log never shows a message's
 * text (one-time codes), and each result is counted by channel and status.
 */
@ExtendWith(OutputCaptureExtension.class)
class ChannelMessageGatewayTests {

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private final LoggingSmsGateway sms = new LoggingSmsGateway();

	@Test
	void theLoggingAdaptersAnswerNotSentAndNeverLogTheTextOfAOneTimeCode(CapturedOutput output) {
		ChannelMessageGateway gateway = new ChannelMessageGateway(sms, List.of(), meters);
		String code = "LangSo: ma xac nhan cua ban la 583920 (hieu luc 10 phut).";
		for (MessageChannel channel : MessageChannel.values()) {
			String address = channel.byPhone() ? "0912345678" : "mai@example.vn";
			DeliveryResult result = gateway.send(new OutboundMessage(channel, address, "Mã xác nhận 583920", code));
			assertThat(result.status()).isEqualTo(DeliveryResult.Status.NOT_SENT);
			assertThat(gateway.real(channel)).isFalse();
		}
		assertThat(output.getAll()).contains("NOT SENT").doesNotContain("583920").doesNotContain("0912345678")
			.doesNotContain("mai@example.vn");
		// the test seam still holds the text, in memory only
		assertThat(sms.lastTo("0912345678")).hasValueSatisfying(sent -> assertThat(sent.text()).contains("583920"));
		assertThat(meters.get("langso.messages").tag("channel", "zalo").tag("status", "not_sent").counter().count())
			.isEqualTo(1.0);
	}

	@Test
	void aConfiguredAdapterTakesItsChannelAndAnExceptionInItIsAFailureNotACrash(CapturedOutput output) {
		ChannelAdapter email = adapter(MessageChannel.EMAIL, message -> DeliveryResult.accepted("<1@relay>"));
		ChannelAdapter zalo = adapter(MessageChannel.ZALO, message -> {
			throw new IllegalStateException("socket closed");
		});
		ChannelMessageGateway gateway = new ChannelMessageGateway(sms, List.of(email, zalo), meters);
		assertThat(gateway.send(new OutboundMessage(MessageChannel.EMAIL, "mai@example.vn", "Hồ sơ", "Đã tiếp nhận")))
			.isEqualTo(DeliveryResult.accepted("<1@relay>"));
		DeliveryResult failed = gateway.send(new OutboundMessage(MessageChannel.ZALO, "0912345678", "Hồ sơ", "Đã tiếp nhận"));
		assertThat(failed.isFailed()).isTrue();
		assertThat(gateway.real(MessageChannel.EMAIL)).isTrue();
		assertThat(gateway.real(MessageChannel.SMS)).isFalse();
		// the failure is logged with its stack trace
		assertThat(output.getAll()).contains("java.lang.IllegalStateException: socket closed").contains("\tat ");
		assertThat(meters.get("langso.messages").tag("channel", "email").tag("status", "accepted").counter().count())
			.isEqualTo(1.0);
		assertThat(meters.get("langso.messages").tag("channel", "zalo").tag("status", "failed").counter().count())
			.isEqualTo(1.0);
	}

	private static ChannelAdapter adapter(MessageChannel channel, java.util.function.Function<OutboundMessage, DeliveryResult> send) {
		return new ChannelAdapter() {

			@Override
			public MessageChannel channel() {
				return channel;
			}

			@Override
			public DeliveryResult send(OutboundMessage message) {
				return send.apply(message);
			}

		};
	}

}
