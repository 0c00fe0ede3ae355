package vn.langso.broadcast;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;
import vn.langso.MutableClock;
import vn.langso.shared.SideSystemHealth;

/** A missing speech engine is DEGRADED (never DOWN), and the engine is probed at most every five minutes. */
class TtsHealthIndicatorTests {

	private final AtomicInteger probes = new AtomicInteger();

	private volatile boolean installed;

	private final SpeechSynthesizer engine = text -> {
		probes.incrementAndGet();
		if (!installed) {
			throw new IllegalStateException("espeak-ng not runnable: No such file or directory");
		}
		return new byte[] { 'R', 'I', 'F', 'F' };
	};

	@Test
	void aMissingEngineIsDegradedAndTheAnswerIsKeptForFiveMinutes() {
		Instant start = Instant.parse("2026-12-08T01:00:00Z");
		TtsHealthIndicator missing = new TtsHealthIndicator(engine, Clock.fixed(start, ZoneOffset.UTC));
		assertThat(missing.health().getStatus()).isEqualTo(SideSystemHealth.DEGRADED).isNotEqualTo(Status.DOWN);
		assertThat(missing.health().getDetails()).containsEntry("error", "espeak-ng not runnable: No such file or directory");
		assertThat(probes.get()).isEqualTo(1);

		installed = true;
		TtsHealthIndicator later = new TtsHealthIndicator(engine,
				Clock.offset(Clock.fixed(start, ZoneOffset.UTC), TtsHealthIndicator.KEPT));
		assertThat(later.health().getStatus()).isEqualTo(Status.UP);
		// the first indicator still answers from its five minutes
		assertThat(missing.health().getStatus()).isEqualTo(SideSystemHealth.DEGRADED);
		assertThat(probes.get()).isEqualTo(2);
	}

	@Test
	void theEngineIsProbedAgainAfterFiveMinutes() {
		MutableClock clock = new MutableClock(Instant.parse("2026-12-08T01:00:00Z"));
		TtsHealthIndicator indicator = new TtsHealthIndicator(engine, clock);
		assertThat(indicator.health().getStatus()).isEqualTo(SideSystemHealth.DEGRADED);
		installed = true;
		clock.now = clock.now.plus(Duration.ofMinutes(4));
		assertThat(indicator.health().getStatus()).isEqualTo(SideSystemHealth.DEGRADED);
		clock.now = clock.now.plus(Duration.ofMinutes(1));
		assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
		assertThat(probes.get()).isEqualTo(2);
	}

}
