package vn.langso.identity.messaging;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.jsmpp.PDUException;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ResponseTimeoutException;
import org.jsmpp.extra.SessionState;
import org.jsmpp.InvalidResponseException;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.SMPPSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import vn.langso.identity.DeliveryResult;
import vn.langso.identity.LoggingSmsGateway;
import vn.langso.identity.SmsGateway;
import vn.langso.shared.PhoneNumber;

/**
 * SMS through an operator's SMS centre over SMPP 3.4 (jSMPP): one transmitter bind, opened on first use
 * and again after it dropped. Vietnamese needs UCS2 ({@code data_coding} 0x08, UTF-16BE); a text longer
 * than one message (70 characters) goes as concatenated parts with a user-data header. Accepted means the
 * centre answered every part's {@code submit_sm} with a message id; a {@code submit_sm_resp} with an
 * error status, a timeout or a broken bind is {@code FAILED}.
 */
class SmppSmsGateway implements SmsGateway, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(SmppSmsGateway.class);

	static final byte UCS2 = 0x08;

	/** UCS2 characters in one message, and in one part of a concatenated message (6 bytes of header). */
	static final int SINGLE = 70, PART = 67;

	record Settings(String host, int port, String systemId, String password, String systemType, String sourceAddress,
			long timeoutMillis, long enquireLinkMillis) {

		Settings {
			if (host == null || host.isBlank() || systemId == null || systemId.isBlank() || sourceAddress == null
					|| sourceAddress.isBlank()) {
				throw new IllegalStateException(
						"langso.messaging.sms=smpp needs langso.messaging.smpp.host, .system-id and .source-address");
			}
		}

	}

	private final Settings settings;

	private SMPPSession session;

	SmppSmsGateway(Settings settings) {
		this.settings = settings;
	}

	@Override
	public synchronized DeliveryResult send(String phone, String text) {
		if (!PhoneNumber.isValid(phone)) {
			return DeliveryResult.failed("not a Vietnamese phone number");
		}
		String destination = PhoneNumber.parse(phone).international();
		try {
			SMPPSession bound = bound();
			List<String> ids = new ArrayList<>();
			List<byte[]> parts = parts(text);
			boolean concatenated = parts.size() > 1;
			for (byte[] part : parts) {
				ids.add(bound.submitShortMessage(settings.systemType(), TypeOfNumber.ALPHANUMERIC, NumberingPlanIndicator.UNKNOWN,
						settings.sourceAddress(), TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, destination,
						concatenated ? new ESMClass(0x40) : new ESMClass(), (byte) 0, (byte) 1, null, null,
						new RegisteredDelivery(SMSCDeliveryReceipt.DEFAULT), (byte) 0, DataCodings.newInstance(UCS2), (byte) 0, part)
					.getMessageId());
			}
			return DeliveryResult.accepted(String.join(",", ids));
		}
		catch (NegativeResponseException refused) {
			log.warn("SMS centre refused the message to {} (command status {})", LoggingSmsGateway.mask(phone),
					refused.getCommandStatus(), refused);
			return DeliveryResult.failed("refused by the SMS centre, command status " + refused.getCommandStatus());
		}
		catch (IOException | PDUException | ResponseTimeoutException | InvalidResponseException failure) {
			log.warn("SMS to {} not sent: SMS centre {}:{} unreachable or not answering", LoggingSmsGateway.mask(phone),
					settings.host(), settings.port(), failure);
			close();
			return DeliveryResult.failed(failure.toString());
		}
	}

	/** The text as UCS2 messages: one when it fits, else parts each led by a concatenation header. */
	static List<byte[]> parts(String text) {
		if (text.length() <= SINGLE) {
			return List.of(text.getBytes(StandardCharsets.UTF_16BE));
		}
		int count = (text.length() + PART - 1) / PART;
		byte reference = (byte) ThreadLocalRandom.current().nextInt(256);
		List<byte[]> parts = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			byte[] body = text.substring(i * PART, Math.min(text.length(), (i + 1) * PART)).getBytes(StandardCharsets.UTF_16BE);
			byte[] part = new byte[6 + body.length];
			part[0] = 0x05; // header length
			part[1] = 0x00; // information element: concatenated message, 8-bit reference
			part[2] = 0x03;
			part[3] = reference;
			part[4] = (byte) count;
			part[5] = (byte) (i + 1);
			System.arraycopy(body, 0, part, 6, body.length);
			parts.add(part);
		}
		return parts;
	}

	private SMPPSession bound() throws IOException {
		if (session != null && session.getSessionState().isBound()) {
			return session;
		}
		close();
		SMPPSession fresh = new SMPPSession();
		fresh.setTransactionTimer(settings.timeoutMillis());
		fresh.setEnquireLinkTimer((int) settings.enquireLinkMillis());
		fresh.connectAndBind(settings.host(), settings.port(), new BindParameter(BindType.BIND_TX, settings.systemId(),
				settings.password(), settings.systemType(), TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, null),
				settings.timeoutMillis());
		log.info("SMPP transmitter bound to {}:{} as {}", settings.host(), settings.port(), settings.systemId());
		session = fresh;
		return fresh;
	}

	/** True while the transmitter is bound (for the health page). */
	synchronized boolean isBound() {
		return session != null && session.getSessionState() != SessionState.CLOSED && session.getSessionState().isBound();
	}

	private synchronized void close() {
		if (session != null) {
			session.unbindAndClose();
			session = null;
		}
	}

	@Override
	public void destroy() {
		close();
	}

}
