package vn.langso.broadcast;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.langso.devices.CommandType;
import vn.langso.devices.DeviceKind;
import vn.langso.devices.DeviceView;
import vn.langso.devices.Devices;
import vn.langso.identity.AccountView;
import vn.langso.identity.Accounts;
import vn.langso.identity.DeliveryResult;
import vn.langso.identity.MessageChannel;
import vn.langso.identity.MessageGateway;
import vn.langso.identity.OutboundMessage;

/**
 * Sends one announcement to each of its channels and records what each did. Devices get tracked
 * commands (their acknowledgements and playback reports come back through the devices module);
 * people get messages through the {@link MessageGateway}; households get one text each through the
 * {@link Outbox}.
 */
@Component
class AnnouncementDelivery {

	private static final Logger log = LoggerFactory.getLogger(AnnouncementDelivery.class);

	private final AnnouncementRepository announcements;

	private final ChannelDeliveryRepository deliveries;

	private final Devices devices;

	private final Accounts accounts;

	private final MessageGateway gateway;

	private final Outbox outbox;

	private final AudioFiles audio;

	private final List<HouseholdCount> households;

	private final TransactionTemplate transaction;

	private final Clock clock;

	AnnouncementDelivery(AnnouncementRepository announcements, ChannelDeliveryRepository deliveries, Devices devices,
			Accounts accounts, MessageGateway gateway, Outbox outbox, AudioFiles audio, List<HouseholdCount> households,
			PlatformTransactionManager transactions, Clock clock) {
		this.outbox = outbox;
		this.announcements = announcements;
		this.deliveries = deliveries;
		this.devices = devices;
		this.accounts = accounts;
		this.gateway = gateway;
		this.audio = audio;
		this.households = households;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	void deliver(long announcementId) {
		Announcement announcement = transaction.execute(status -> {
			Announcement a = announcements.findById(announcementId).orElseThrow();
			if (!a.dueAt(clock.instant())) {
				return null;
			}
			a.published(clock.instant());
			return a;
		});
		if (announcement == null) {
			return;
		}
		AnnouncementView view = announcement.view();
		List<ChannelDelivery> results = new ArrayList<>();
		for (Channel channel : view.channels()) {
			try {
				results.add(deliver(view, announcement, channel));
			}
			catch (RuntimeException failure) {
				log.error("Announcement {} on {} failed", view.id(), channel, failure);
				results.add(new ChannelDelivery(view.id(), channel, 0, 0, "error: " + failure.getMessage(), clock.instant()));
			}
		}
		transaction.executeWithoutResult(status -> deliveries.saveAll(results));
	}

	private ChannelDelivery deliver(AnnouncementView view, Announcement announcement, Channel channel) {
		Instant now = clock.instant();
		boolean emergency = view.emergency();
		return switch (channel) {
			case PORTAL -> new ChannelDelivery(view.id(), channel, 1, 1, "portal", now);
			case IN_APP -> {
				int citizens = citizens(view).size();
				yield new ChannelDelivery(view.id(), channel, citizens, citizens, "in-app", now);
			}
			case EMAIL -> messages(view, channel, citizens(view).stream().map(AccountView::email).toList(), now);
			case SMS_ZALO -> {
				// one text per household of the targeted villages, through the outbox (sent by OutboxDispatcher)
				int queued = outbox.enqueue(view, now);
				yield new ChannelDelivery(view.id(), channel, queued, 0, "outbox", now);
			}
			case LED_BOARD -> {
				List<DeviceView> boards = devices.ofKindIn(view.communeId(), DeviceKind.LED_BOARD, view.villageIds());
				Map<String, Object> args = new LinkedHashMap<>();
				args.put("text", shorten(view.title() + " — " + view.body(), 500));
				args.put("seconds", emergency ? 600 : 60);
				devices.send(view.communeId(), boards.stream().map(DeviceView::id).toList(), CommandType.SHOW, args,
						ledReference(view.id()), emergency);
				yield new ChannelDelivery(view.id(), channel, boards.size(), boards.size(), "commands sent", now);
			}
			case LOUDSPEAKER -> {
				List<DeviceView> speakers = devices.ofKindIn(view.communeId(), DeviceKind.LOUDSPEAKER_CLUSTER, view.villageIds());
				if (announcement.audioFile() == null) {
					yield new ChannelDelivery(view.id(), channel, speakers.size(), 0, "no audio", now);
				}
				Map<String, Object> args = new LinkedHashMap<>();
				args.put("url", audio.url(announcement.audioFile()));
				args.put("title", shorten(view.title(), 120));
				Integer seconds = audio.durationSeconds(announcement.audioFile());
				if (seconds != null) {
					args.put("durationSeconds", seconds);
				}
				devices.send(view.communeId(), speakers.stream().map(DeviceView::id).toList(), CommandType.PLAY, args,
						speakerReference(view.id()), emergency);
				yield new ChannelDelivery(view.id(), channel, speakers.size(), speakers.size(), "commands sent", now);
			}
		};
	}

	private ChannelDelivery messages(AnnouncementView view, Channel channel, List<String> addresses, Instant now) {
		int recipients = 0;
		Map<DeliveryResult.Status, Integer> results = new java.util.EnumMap<>(DeliveryResult.Status.class);
		for (String address : addresses) {
			if (address == null || address.isBlank()) {
				continue;
			}
			recipients++;
			MessageChannel via = channel == Channel.EMAIL ? MessageChannel.EMAIL : MessageChannel.SMS;
			DeliveryResult result = gateway.send(new OutboundMessage(via, address, view.title(),
					shorten(view.body(), via == MessageChannel.SMS ? 300 : 4000)));
			results.merge(result.status(), 1, Integer::sum);
		}
		// delivered = what a provider accepted; not-sent (no real adapter) and failed are said in the detail
		int accepted = results.getOrDefault(DeliveryResult.Status.ACCEPTED, 0);
		return new ChannelDelivery(view.id(), channel, recipients, accepted,
				"accepted " + accepted + ", not sent " + results.getOrDefault(DeliveryResult.Status.NOT_SENT, 0) + ", failed "
						+ results.getOrDefault(DeliveryResult.Status.FAILED, 0), now);
	}

	private List<AccountView> citizens(AnnouncementView view) {
		return accounts.citizensOfVillages(view.communeId(), view.villageIds());
	}

	Reach reach(AnnouncementView view) {
		List<DeliveryView> channels = deliveries.findByAnnouncementIdOrderById(view.id()).stream().map(ChannelDelivery::view)
			.map(d -> d.channel() == Channel.SMS_ZALO ? withOutbox(d, outbox.counts(view.id())) : d)
			.toList();
		OptionalLong householdCount = households.isEmpty() ? OptionalLong.empty()
				: households.getFirst().households(view.communeId(), view.villageIds());
		return new Reach(view, channels, devices.summary(view.communeId(), speakerReference(view.id())),
				devices.summary(view.communeId(), ledReference(view.id())), householdCount.isPresent() ? householdCount.getAsLong() : null);
	}

	/** The household texts as they stand now: delivered = accepted by the gateway so far. */
	private static DeliveryView withOutbox(DeliveryView queued, OutboxCounts counts) {
		return new DeliveryView(queued.channel(), (int) counts.total(), (int) counts.sent(), "outbox: " + counts.pending()
				+ " pending, " + counts.failed() + " failed, " + counts.notSent() + " not sent", queued.at());
	}

	static String speakerReference(long id) {
		return "announcement:" + id + ":speakers";
	}

	static String ledReference(long id) {
		return "announcement:" + id + ":led";
	}

	private static String shorten(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}

}
