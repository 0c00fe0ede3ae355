package vn.langso.broadcast;

import java.time.Clock;
import java.time.ZonedDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every half minute: scheduled announcements whose time came, and loudspeaker programmes due. */
@Component
class BroadcastJobs {

	private static final Logger log = LoggerFactory.getLogger(BroadcastJobs.class);

	private final Announcements announcements;

	private final RadioSchedules schedules;

	private final Clock clock;

	BroadcastJobs(Announcements announcements, RadioSchedules schedules, Clock clock) {
		this.announcements = announcements;
		this.schedules = schedules;
		this.clock = clock;
	}

	@SchedulerLock(name = "broadcast-jobs", lockAtMostFor = "PT5M")
	@Scheduled(fixedDelayString = "${langso.broadcast.check-interval-millis:30000}", initialDelay = 10000)
	void run() {
		try {
			announcements.deliverDue();
			schedules.runDue(ZonedDateTime.now(clock));
		}
		catch (RuntimeException failure) {
			log.error("Broadcast jobs failed", failure);
		}
	}

}
