package vn.langso.feedback;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;

/** Every hour (configurable), overdue unanswered reports go to the commune leader. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "langso.feedback.escalation.enabled", havingValue = "true", matchIfMissing = true)
class Escalation {

	private static final Logger log = LoggerFactory.getLogger(Escalation.class);

	private final ReportDeadlines deadlines;

	Escalation(ReportDeadlines deadlines) {
		this.deadlines = deadlines;
	}

	@SchedulerLock(name = "feedback-escalation", lockAtMostFor = "PT30M")
	@Scheduled(cron = "${langso.feedback.escalation.cron:0 7 * * * *}", zone = "Asia/Ho_Chi_Minh")
	void escalate() {
		int count = deadlines.escalateOverdue();
		if (count > 0) {
			log.info("Escalated {} overdue feedback reports to commune leaders", count);
		}
	}

}
