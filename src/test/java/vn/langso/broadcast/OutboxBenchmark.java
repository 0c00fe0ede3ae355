package vn.langso.broadcast;

import java.util.List;
import java.util.Set;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.langso.LangsoApplication;
import vn.langso.identity.Areas;
import vn.langso.identity.DemoAreaCodes;

/**
 * Benchmark (run by bench/broadcast-outbox.sh, never by the test suite): the whole application on a
 * PostgreSQL database with the demo data, N extra households (one head with a phone each) added to
 * Bình Hòa's xóm 3, then one announcement on the SMS/Zalo channel to xóm 3. Prints how long queuing
 * one text per household took (inside the announcement's delivery) and how long until the scheduled
 * {@link OutboxDispatcher} had handed every one to the message gateway and marked it sent.
 */
public final class OutboxBenchmark {

	public static void main(String[] args) throws Exception {
		int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
		String url = args.length > 1 ? args[1] : "jdbc:postgresql://127.0.0.1:5432/langso_issue6_outbox";
		SpringApplication app = new SpringApplication(LangsoApplication.class);
		String[] settings = { "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
				"--spring.datasource.password=", "--server.port=0", "--langso.demo-data=true",
				"--langso.data-dir=target/bench-outbox-data", "--langso.devices.embedded-broker=false",
				"--langso.devices.broker-url=tcp://127.0.0.1:1883", "--langso.devices.topic-prefix=bench-outbox",
				"--langso.broadcast.outbox-interval-millis=200",
				// the logging adapter would otherwise write 100,000 lines: the benchmark measures the outbox
				"--logging.level.vn.langso.identity.LoggingSmsGateway=WARN",
				"--logging.level.root=WARN" };
		try (ConfigurableApplicationContext context = app.run(settings)) {
			Areas areas = context.getBean(Areas.class);
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			Announcements announcements = context.getBean(Announcements.class);
			Outbox outbox = context.getBean(Outbox.class);
			long commune = areas.byCode(DemoAreaCodes.BINH_HOA).orElseThrow().id();
			long xom3 = areas.byCode(DemoAreaCodes.BINH_HOA_XOM_3).orElseThrow().id();
			long seedStart = System.nanoTime();
			seed(jdbc, commune, xom3, count);
			long households = jdbc.sql("select count(*) from community_household where village_id = ?").param(xom3)
				.query(Long.class).single();
			System.out.printf("seeded %d households in %.1f s; xóm 3 now has %d households%n", count,
					(System.nanoTime() - seedStart) / 1e9, households);

			long start = System.nanoTime();
			AnnouncementView notice = announcements.publish(commune, "Benchmark", new AnnouncementForm(
					"Thông báo thử tải", "Tin nhắn thử cho từng hộ.", Urgency.NORMAL, Set.of(Channel.SMS_ZALO), List.of(xom3),
					null, "", 24), null);
			long queued = System.nanoTime();
			OutboxCounts counts = outbox.counts(notice.id());
			System.out.printf("queued %d texts (one per household with a phone) in %.1f s%n", counts.total(), (queued - start) / 1e9);
			long deadline = System.nanoTime() + 600_000_000_000L;
			while (counts.pending() > 0 && System.nanoTime() < deadline) {
				Thread.sleep(100);
				counts = outbox.counts(notice.id());
			}
			long done = System.nanoTime();
			// with the default logging adapter every text is handed over and answered "not sent"
			long handled = counts.sent() + counts.notSent();
			System.out.printf("outbox: %d sent, %d not sent (logging adapter), %d failed, %d pending%n", counts.sent(),
					counts.notSent(), counts.failed(), counts.pending());
			System.out.printf("all %d dispatched %.1f s after queuing; announcement to last text handled: %.1f s (%.0f texts/s)%n",
					handled, (done - queued) / 1e9, (done - start) / 1e9, handled / ((done - start) / 1e9));
		}
		System.exit(0);
	}

	/** N households in the village, each with one head who has a phone; set-based SQL (PostgreSQL). */
	private static void seed(JdbcClient jdbc, long commune, long village, int count) {
		jdbc.sql("""
				insert into community_household (commune_id, village_id, lane, house_number, head_name, plate_token,
				    created_at, updated_at)
				select ?, ?, 'Ngõ thử tải', 'T' || g, 'Chủ hộ ' || g, 'bench' || g, now(), now()
				  from generate_series(1, ?) g""").params(commune, village, count).update();
		jdbc.sql("""
				insert into community_resident (commune_id, village_id, household_id, full_name, full_name_folded, relation,
				    phone, has_smartphone, has_epayment, vneid_level2, uses_online_services, person_key, created_at, updated_at)
				select h.commune_id, h.village_id, h.id, h.head_name, 'chu ho ' || h.id, 'HEAD',
				       '09' || lpad((h.id % 100000000)::text, 8, '0'), true, false, false, false, 'bench:' || h.id, now(), now()
				  from community_household h
				 where h.plate_token like 'bench%'""").update();
	}

}
