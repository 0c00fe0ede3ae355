package vn.langso.broadcast;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;
import vn.langso.shared.SideSystemHealth;

/**
 * The {@code tts} health component: reads a short Vietnamese phrase with the speech engine. Without it
 * announcements are still published, only without loudspeaker audio, so a missing engine (espeak-ng
 * not installed) is DEGRADED, not DOWN. The answer is kept for five minutes: health is public and
 * polled, and each probe starts a process.
 */
@Component
class TtsHealthIndicator implements HealthIndicator {

	private static final Logger log = LoggerFactory.getLogger(TtsHealthIndicator.class);

	static final Duration KEPT = Duration.ofMinutes(5);

	private final SpeechSynthesizer speech;

	private final Clock clock;

	private Health last;

	private Instant checkedAt;

	TtsHealthIndicator(SpeechSynthesizer speech, Clock clock) {
		this.speech = speech;
		this.clock = clock;
	}

	@Override
	public synchronized Health health() {
		Instant now = clock.instant();
		if (last == null || !now.isBefore(checkedAt.plus(KEPT))) {
			last = probe();
			checkedAt = now;
		}
		return last;
	}

	private Health probe() {
		try {
			byte[] audio = speech.speak("Xin chào");
			return audio.length > 0 ? Health.up().withDetail("engine", speech.getClass().getSimpleName()).build()
					: Health.status(SideSystemHealth.DEGRADED).withDetail("error", "no audio").build();
		}
		catch (RuntimeException failure) {
			log.warn("Text-to-speech unavailable: announcements go out without loudspeaker audio", failure);
			return Health.status(SideSystemHealth.DEGRADED).withDetail("error", failure.getMessage()).build();
		}
	}

}
