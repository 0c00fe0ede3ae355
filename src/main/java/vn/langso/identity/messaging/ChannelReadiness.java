package vn.langso.identity.messaging;

import java.util.Arrays;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;
import vn.langso.identity.MessageChannel;

/**
 * Says at start which channels really send. In production (the {@code postgres} profile) a channel
 * without a real adapter is a loud warning: its one-time codes, notices and announcements would
 * silently go nowhere (they are recorded as not sent).
 */
@Component
class ChannelReadiness {

	private static final Logger log = LoggerFactory.getLogger(ChannelReadiness.class);

	private final ChannelMessageGateway gateway;

	private final Environment environment;

	ChannelReadiness(ChannelMessageGateway gateway, Environment environment) {
		this.gateway = gateway;
		this.environment = environment;
	}

	@EventListener(ApplicationReadyEvent.class)
	void report() {
		List<MessageChannel> missing = unreal();
		if (missing.isEmpty()) {
			log.info("Messages: every channel (sms, zalo, email) has a real adapter");
		}
		else if (environment.acceptsProfiles(Profiles.of("postgres"))) {
			for (MessageChannel channel : missing) {
				log.warn("""
						!!! PRODUCTION WITHOUT A REAL {} ADAPTER: {} messages (one-time codes, dossier notices, \
						announcements) are NOT SENT, only recorded as not sent. Configure langso.messaging.{} \
						(docs/operations.md, "Messages").""", channel, channel.key(), channel.key());
			}
		}
		else {
			log.info("Messages: no real adapter for {}; those messages are recorded as not sent (logging adapters)", missing);
		}
	}

	/** The channels whose messages would only be logged. */
	List<MessageChannel> unreal() {
		return Arrays.stream(MessageChannel.values()).filter(channel -> !gateway.real(channel)).toList();
	}

}
