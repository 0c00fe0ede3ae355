package vn.langso;

import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * On PostgreSQL the test database outlives the run, so the first application context of a run
 * empties it before migrating; later contexts of the same run keep what the first one built.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabase {

	private static final AtomicBoolean cleaned = new AtomicBoolean();

	@Bean
	FlywayMigrationStrategy cleanOncePerRun(@Value("${langso.test.clean-database:false}") boolean clean) {
		return flyway -> {
			if (clean && cleaned.compareAndSet(false, true)) {
				flyway.clean();
			}
			flyway.migrate();
		};
	}

}
