package vn.langso.platform;

import java.time.LocalTime;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.langso.shared.WorkingCalendar;

/**
 * The one working-day calendar of public offices, from configuration so a province updates the
 * holidays each year without a release. The names before the calendar was shared
 * ({@code langso.dossier.holidays}, {@code langso.dossier.working-weekends}, {@code langso.dossier.cutoff})
 * still work: {@code application.properties} reads them as the defaults of the new names.
 */
@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

	@Bean
	WorkingCalendar workingCalendar(@Value("${langso.holidays:${langso.dossier.holidays:}}") String holidays,
			@Value("${langso.working-weekends:${langso.dossier.working-weekends:}}") String workingWeekends,
			@Value("${langso.working-day-cutoff:${langso.dossier.cutoff:15:00}}") String cutoff) {
		return new WorkingCalendar(WorkingCalendar.parseDays(holidays), WorkingCalendar.parseDays(workingWeekends),
				LocalTime.parse(cutoff));
	}

}
