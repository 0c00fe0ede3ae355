package vn.langso.dossier;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DossierConfiguration {

	/** The platform's working-day calendar ({@code langso.holidays}), shared with feedback deadlines. */
	@Bean
	WorkingCalendar dossierWorkingCalendar(vn.langso.shared.WorkingCalendar calendar) {
		return new WorkingCalendar(calendar);
	}

}
