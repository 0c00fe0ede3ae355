package vn.langso.identity.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import vn.langso.identity.DeliveryResult;
import vn.langso.identity.MessageChannel;
import vn.langso.identity.OutboundMessage;

/** E-mail goes over real SMTP to an in-process server (GreenMail on loopback), Vietnamese intact. */
class SmtpEmailAdapterTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

	@Test
	void theRelayReceivesTheMessageInUtf8AndTheResultIsAcceptedWithItsMessageId() throws Exception {
		SmtpEmailAdapter adapter = new SmtpEmailAdapter(sender(smtp.getSmtp().getPort()), "xa-binh-hoa@langso.example");
		DeliveryResult result = adapter.send(new OutboundMessage(MessageChannel.EMAIL, "mai@example.vn",
				"Hồ sơ BH-2026-0001", "Hồ sơ của bà đã được tiếp nhận và đang xử lý."));
		assertThat(result.isAccepted()).isTrue();
		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).hasSize(1);
		assertThat(received[0].getSubject()).isEqualTo("Hồ sơ BH-2026-0001");
		assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("mai@example.vn");
		assertThat(received[0].getFrom()[0].toString()).isEqualTo("xa-binh-hoa@langso.example");
		assertThat(GreenMailUtil.getBody(received[0])).isNotBlank();
		assertThat(received[0].getContent().toString()).contains("đã được tiếp nhận");
		assertThat(result.detail()).isEqualTo(received[0].getMessageID());
	}

	@Test
	void anUnreachableRelayIsAFailureNotAnAcceptedMessage() throws Exception {
		int closed;
		try (java.net.ServerSocket probe = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			closed = probe.getLocalPort();
		}
		SmtpEmailAdapter adapter = new SmtpEmailAdapter(sender(closed), "xa-binh-hoa@langso.example");
		DeliveryResult result = adapter.send(new OutboundMessage(MessageChannel.EMAIL, "mai@example.vn", "Hồ sơ", "Văn bản"));
		assertThat(result.status()).isEqualTo(DeliveryResult.Status.FAILED);
	}

	private static JavaMailSenderImpl sender(int port) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(port);
		sender.getJavaMailProperties().setProperty("mail.smtp.connectiontimeout", "5000");
		sender.getJavaMailProperties().setProperty("mail.smtp.timeout", "5000");
		return sender;
	}

}
