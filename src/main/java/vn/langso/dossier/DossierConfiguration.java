package vn.langso.dossier;

import java.time.LocalTime;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DossierConfiguration {

	/** The holiday calendar from configuration, so a province updates it each year without a release. */
	@Bean
	WorkingCalendar workingCalendar(@Value("${langso.dossier.holidays}") String holidays,
			@Value("${langso.dossier.working-weekends:}") String workingWeekends,
			@Value("${langso.dossier.cutoff:15:00}") String cutoff) {
		return new WorkingCalendar(WorkingCalendar.parseDays(holidays), WorkingCalendar.parseDays(workingWeekends),
				LocalTime.parse(cutoff));
	}

}
