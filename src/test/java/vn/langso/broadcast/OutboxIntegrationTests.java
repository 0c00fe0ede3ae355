package vn.langso.broadcast;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.langso.IntegrationTest;
import vn.langso.community.HouseholdPhone;
import vn.langso.community.HouseholdPhones;
import vn.langso.identity.Areas;
import vn.langso.identity.DemoAreaCodes;
import vn.langso.identity.DeliveryResult;
import vn.langso.identity.LoggingSmsGateway;
import vn.langso.identity.MessageGateway;
import vn.langso.identity.SmsGateway;

/**
 * An announcement on the SMS/Zalo channel queues one text per household of the targeted villages (the
 * community register's phones); the dispatcher sends them through the gateway, marks them sent, retries
 * failures later, gives up after the last attempt, and what is queued survives a new dispatcher (a restart).
 */
@IntegrationTest
class OutboxIntegrationTests {

	@Autowired
	Announcements announcements;

	@Autowired
	Outbox outbox;

	@Autowired
	OutboxDispatcher dispatcher;

	@Autowired
	HouseholdPhones householdPhones;

	@Autowired
	Areas areas;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SmsGateway sms;

	@Autowired
	Clock clock;

	@Autowired
	BroadcastFigures figures;

	@Test
	void everyHouseholdOfTheVillagesGetsOneTextAndTheReachCountsNoneTheLoggingAdapterDidNotSend() {
		long commune = areas.byCode(DemoAreaCodes.BINH_HOA).orElseThrow().id();
		long xom3 = areas.byCode(DemoAreaCodes.BINH_HOA_XOM_3).orElseThrow().id();
		List<HouseholdPhone> households = householdPhones.of(commune, List.of(xom3));
		assertThat(households).isNotEmpty().allSatisfy(h -> assertThat(h.villageId()).isEqualTo(xom3));

		AnnouncementView notice = publish(commune, xom3, "Lịch thu gom rác xóm 3");
		assertThat(outbox.counts(notice.id())).isEqualTo(new OutboxCounts(households.size(), 0, 0, 0));
		// delivering again queues nothing twice
		assertThat(outbox.enqueue(notice, clock.instant())).isEqualTo(households.size());
		assertThat(outbox.counts(notice.id()).total()).isEqualTo(households.size());

		// the default SMS adapter sends nothing: every text is recorded as not sent, none counts as accepted
		assertThat(dispatcher.dispatchDue(clock.instant())).isZero();
		assertThat(outbox.counts(notice.id())).isEqualTo(new OutboxCounts(0, 0, 0, households.size()));
		// the logging adapter keeps the last 200 texts: the latest are this announcement's, to its households
		Set<String> phones = households.stream().map(HouseholdPhone::phone).collect(java.util.stream.Collectors.toSet());
		assertThat(((LoggingSmsGateway) sms).recent()).filteredOn(sent -> sent.text().startsWith("Lịch thu gom rác xóm 3: "))
			.isNotEmpty()
			.allSatisfy(sent -> assertThat(phones).contains(sent.phone()));
		Reach reach = announcements.reach(commune, notice.id());
		assertThat(reach.channels()).anySatisfy(d -> {
			assertThat(d.channel()).isEqualTo(Channel.SMS_ZALO);
			assertThat(d.recipients()).isEqualTo(households.size());
			assertThat(d.delivered()).isZero();
			assertThat(d.detail()).contains(households.size() + " not sent");
		});
	}

	@Test
	void failedTextsAreRetriedLaterGivenUpAfterTheLastAttemptAndNeverLostBetweenDispatchersAndAcceptedOnesAreReach() {
		long commune = areas.byCode(DemoAreaCodes.BINH_HOA).orElseThrow().id();
		long xom3 = areas.byCode(DemoAreaCodes.BINH_HOA_XOM_3).orElseThrow().id();
		AnnouncementView notice = publish(commune, xom3, "Cắt điện ngày mai");
		int households = (int) outbox.counts(notice.id()).pending();
		assertThat(households).isPositive();

		AtomicInteger calls = new AtomicInteger();
		MessageGateway down = message -> {
			calls.incrementAndGet();
			throw new IllegalStateException("operator unreachable");
		};
		Instant now = clock.instant();
		OutboxDispatcher failing = new OutboxDispatcher(jdbc, down, clock, 7, 3, Duration.ofMinutes(1));
		assertThat(failing.dispatchDue(now)).isZero();
		assertThat(calls.get()).isGreaterThanOrEqualTo(households);
		assertThat(outbox.counts(notice.id())).isEqualTo(new OutboxCounts(households, 0, 0, 0));
		assertThat(lastError(notice.id())).isEqualTo("operator unreachable");
		// not due again before the retry delay
		calls.set(0);
		failing.dispatchDue(now.plusSeconds(30));
		assertThat(calls.get()).isZero();

		// a new dispatcher (as after a restart) with the gateway back sends everything still queued
		MessageGateway back = message -> DeliveryResult.accepted("smsc-1");
		OutboxDispatcher restarted = new OutboxDispatcher(jdbc, back, clock, 500, 3, Duration.ofMinutes(1));
		assertThat(restarted.dispatchDue(now.plus(Duration.ofMinutes(2)))).isGreaterThanOrEqualTo(households);
		assertThat(outbox.counts(notice.id())).isEqualTo(new OutboxCounts(0, households, 0, 0));
		assertThat(announcements.reach(commune, notice.id()).channels())
			.anySatisfy(d -> assertThat(d.delivered()).isEqualTo(households));

		// a gateway that keeps refusing: failed for good after the third attempt
		AnnouncementView other = publish(commune, xom3, "Tiêm phòng dại cho chó mèo");
		MessageGateway refusing = message -> DeliveryResult.failed("number barred");
		OutboxDispatcher stubborn = new OutboxDispatcher(jdbc, refusing, clock, 500, 3, Duration.ofMinutes(1));
		Instant queued = clock.instant();
		stubborn.dispatchDue(queued);
		stubborn.dispatchDue(queued.plus(Duration.ofMinutes(2)));
		assertThat(outbox.counts(other.id()).failed()).isZero();
		stubborn.dispatchDue(queued.plus(Duration.ofMinutes(10)));
		assertThat(outbox.counts(other.id())).isEqualTo(new OutboxCounts(0, 0, households, 0));
	}

	@Test
	void theDashboardsMessagesReachedCountsOnlyWhatAGatewayAcceptedAndNoPortalPageOrDevice() {
		long commune = areas.byCode(DemoAreaCodes.BINH_HOA).orElseThrow().id();
		long xom3 = areas.byCode(DemoAreaCodes.BINH_HOA_XOM_3).orElseThrow().id();
		int households = householdPhones.of(commune, List.of(xom3)).size();
		Instant from = clock.instant().minus(Duration.ofDays(1));
		Instant to = clock.instant().plus(Duration.ofDays(1));
		long delivered0 = delivered(commune, from, to);
		long recipients0 = figure(BroadcastFigures.RECIPIENTS, commune, from, to);

		// e-mail and texts through the default logging adapters: addressed, but nothing reached anyone
		AnnouncementView notSent = announcements.publish(commune, "Hoàng Văn Tú", new AnnouncementForm("Họp xóm",
				"Họp xóm tối thứ bảy.", Urgency.NORMAL, Set.of(Channel.PORTAL, Channel.EMAIL, Channel.SMS_ZALO, Channel.LED_BOARD),
				List.of(xom3), null, "", 24), null);
		dispatcher.dispatchDue(clock.instant());
		assertThat(outbox.counts(notSent.id()).notSent()).isEqualTo(households);
		assertThat(delivered(commune, from, to)).isEqualTo(delivered0);
		assertThat(figure(BroadcastFigures.RECIPIENTS, commune, from, to)).isGreaterThanOrEqualTo(recipients0 + households);

		// texts an SMS centre accepted are reach
		AnnouncementView accepted = publish(commune, xom3, "Phun thuốc muỗi");
		new OutboxDispatcher(jdbc, message -> DeliveryResult.accepted("smsc"), clock, 500, 3, Duration.ofMinutes(1))
			.dispatchDue(clock.instant());
		assertThat(outbox.counts(accepted.id()).sent()).isEqualTo(households);
		assertThat(delivered(commune, from, to)).isEqualTo(delivered0 + households);
	}

	private long delivered(long commune, Instant from, Instant to) {
		return figure(BroadcastFigures.DELIVERED, commune, from, to);
	}

	private long figure(String name, long commune, Instant from, Instant to) {
		return figures.figures(List.of(commune), from, to).get(name).commune(commune);
	}

	private AnnouncementView publish(long commune, long village, String title) {
		return announcements.publish(commune, "Hoàng Văn Tú", new AnnouncementForm(title, "Đề nghị các hộ lưu ý.",
				Urgency.NORMAL, Set.of(Channel.SMS_ZALO), List.of(village), null, "", 24), null);
	}

	private String lastError(long announcementId) {
		return jdbc.sql("select max(last_error) from broadcast_outbox where announcement_id = ?").param(announcementId)
			.query(String.class).single();
	}

}
