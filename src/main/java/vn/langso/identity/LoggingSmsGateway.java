package vn.langso.identity;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.langso.shared.PhoneNumber;

/**
 * The default SMS adapter when no operator gateway is configured: nothing leaves the server and every
 * message is answered {@code NOT_SENT}. The log gets the masked number and the text's length, never the
 * text (it may carry a one-time code); the last few messages stay in memory so a test or a demo
 * operator's debugger can read a code. Never for production (the postgres profile warns at start).
 */
public class LoggingSmsGateway implements SmsGateway {

	private static final Logger log = LoggerFactory.getLogger(LoggingSmsGateway.class);

	private static final int KEEP = 200;

	public record Sent(String phone, String text) {
	}

	private final Deque<Sent> recent = new ArrayDeque<>();

	@Override
	public synchronized DeliveryResult send(String phone, String text) {
		log.info("SMS NOT SENT (logging adapter, no SMS centre configured) to {}: {} characters", mask(phone),
				text == null ? 0 : text.length());
		recent.addFirst(new Sent(phone, text));
		while (recent.size() > KEEP) {
			recent.removeLast();
		}
		return DeliveryResult.notSent("no SMS centre configured (logging adapter)");
	}

	public synchronized List<Sent> recent() {
		return List.copyOf(recent);
	}

	public synchronized Optional<Sent> lastTo(String phone) {
		return recent.stream().filter(s -> s.phone().equals(phone)).findFirst();
	}

	/** A phone number as logs show it (first digits and last three), or {@code ***} when it is not one. */
	public static String mask(String phone) {
		return PhoneNumber.isValid(phone) ? PhoneNumber.parse(phone).masked() : "***";
	}

}
