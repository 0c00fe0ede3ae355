package vn.langso;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.Modulithic;

/**
 * LàngSố: one application, a modular monolith whose direct sub-packages are the modules
 * that Spring Modulith verifies (see docs/modules).
 */
@Modulithic(systemName = "LàngSố", sharedModules = "shared")
@SpringBootApplication
public class LangsoApplication {

	/** One clock for the whole application, so tests can fix time (deadlines, locks, holidays). */
	@Bean
	Clock clock() {
		return Clock.system(ZoneId.of("Asia/Ho_Chi_Minh"));
	}

	/**
	 * Bean Validation's {@code @Past}/{@code @PastOrPresent} compare with "now" from this provider. Its
	 * default is the JVM's zone (UTC on servers), so between 00:00 and 07:00 in Vietnam today's date
	 * would be refused as "in the future"; the commune's clock decides instead.
	 */
	@Bean
	ValidationConfigurationCustomizer communeClockForValidation(Clock clock) {
		return configuration -> configuration.clockProvider(() -> clock);
	}

	public static void main(String[] args) {
		SpringApplication.run(LangsoApplication.class, args);
	}

}
