package vn.langso;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.springframework.core.env.Environment;

/**
 * For tests that need real speech: announcements to loudspeakers and radio programmes are spoken by
 * espeak-ng. Where it cannot run the test is reported as skipped with the reason and what to install,
 * never failed and never counted as passed.
 */
public final class Espeak {

	private static volatile Boolean runnable;

	private Espeak() {
	}

	/** Skips the calling test unless the configured espeak-ng command ({@code langso.broadcast.espeak-command}) runs. */
	public static void assumeInstalled(Environment environment) {
		String command = environment.getProperty("langso.broadcast.espeak-command", "espeak-ng");
		Assumptions.assumeTrue(runs(command), "Skipped: needs text-to-speech, but '" + command
				+ "' does not run here (install it: apt-get install espeak-ng)");
	}

	private static boolean runs(String command) {
		Boolean known = runnable;
		if (known == null) {
			known = tryVersion(command);
			runnable = known;
		}
		return known;
	}

	private static boolean tryVersion(String command) {
		try {
			Process process = new ProcessBuilder(List.of(command, "--version")).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				return false;
			}
			return process.exitValue() == 0;
		}
		catch (IOException notInstalled) {
			return false;
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
