package vn.langso.platform;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.langso.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class SchedulingIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LockProvider locks;

	@Test
	void scheduledJobsTakeTheirLockInTheSharedDatabase() throws InterruptedException {
		// The device watch runs every 500 ms in tests; its lock row appears after its first run.
		long rows = 0;
		for (int i = 0; i < 100 && rows == 0; i++) {
			rows = jdbc.sql("select count(*) from platform_scheduler_lock where name = 'devices-watch'").query(Long.class)
				.single();
			Thread.sleep(100);
		}
		assertThat(rows).isEqualTo(1);
	}

	@Test
	void aJobLockedByAnotherNodeIsNotTakenTwice() {
		LockConfiguration job = new LockConfiguration(Instant.now(), "test-other-node-job", Duration.ofMinutes(1),
				Duration.ZERO);
		Optional<SimpleLock> first = locks.lock(job);
		assertThat(first).isPresent();
		assertThat(locks.lock(job)).isEmpty();
		first.get().unlock();
		Optional<SimpleLock> again = locks.lock(job);
		assertThat(again).isPresent();
		again.get().unlock();
	}

}
