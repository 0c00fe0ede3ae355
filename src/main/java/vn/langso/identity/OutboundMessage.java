package vn.langso.identity;

/**
 * One message to one person: the channel, the address on it (a phone number for SMS and Zalo, an
 * e-mail address for e-mail), a subject (used by e-mail, ignored by SMS) and the text.
 */
public record OutboundMessage(MessageChannel channel, String address, String subject, String text) {

	public OutboundMessage {
		if (channel == null || address == null || address.isBlank() || text == null) {
			throw new IllegalArgumentException("a message needs a channel, an address and a text");
		}
	}

}
