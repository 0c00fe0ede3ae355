package vn.langso.dashboard;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Refreshes the reporting store every ten minutes (configurable), on one node at a time. */
@Component
class DashboardJobs {

	private static final Logger log = LoggerFactory.getLogger(DashboardJobs.class);

	private final IndicatorRefresher refresher;

	DashboardJobs(IndicatorRefresher refresher) {
		this.refresher = refresher;
	}

	@SchedulerLock(name = "dashboard-refresh", lockAtMostFor = "PT30M")
	@Scheduled(fixedDelayString = "${langso.dashboard.refresh-interval-millis:600000}", initialDelay = 60000)
	void refresh() {
		try {
			refresher.refreshAll();
		}
		catch (RuntimeException failure) {
			log.error("Dashboard refresh failed", failure);
		}
	}

}
