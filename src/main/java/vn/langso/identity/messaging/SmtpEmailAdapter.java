package vn.langso.identity.messaging;

import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import vn.langso.identity.DeliveryResult;
import vn.langso.identity.MessageChannel;
import vn.langso.identity.OutboundMessage;

/**
 * E-mail through the commune's SMTP relay (Spring Mail, {@code spring.mail.*}): a plain-text UTF-8
 * message from {@code langso.messaging.email-from}. Accepted means the relay took it (250 after DATA);
 * a refused recipient or an unreachable relay is {@code FAILED}.
 */
class SmtpEmailAdapter implements ChannelAdapter {

	private static final Logger log = LoggerFactory.getLogger(SmtpEmailAdapter.class);

	private final JavaMailSender mail;

	private final String from;

	SmtpEmailAdapter(JavaMailSender mail, String from) {
		if (from == null || from.isBlank()) {
			throw new IllegalStateException("langso.messaging.email=smtp needs langso.messaging.email-from");
		}
		this.mail = mail;
		this.from = from;
	}

	@Override
	public MessageChannel channel() {
		return MessageChannel.EMAIL;
	}

	@Override
	public DeliveryResult send(OutboundMessage message) {
		try {
			MimeMessage mime = mail.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(mime, StandardCharsets.UTF_8.name());
			helper.setFrom(from);
			helper.setTo(message.address());
			helper.setSubject(message.subject() == null ? "" : message.subject());
			helper.setText(message.text(), false);
			mail.send(mime);
			return DeliveryResult.accepted(mime.getMessageID());
		}
		catch (MailException | MessagingException failure) {
			log.warn("E-mail to {} not accepted by the SMTP relay", ChannelMessageGateway.maskEmail(message.address()), failure);
			return DeliveryResult.failed(failure.getMessage());
		}
	}

}
