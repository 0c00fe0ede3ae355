package vn.langso.broadcast;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * espeak-ng with its Vietnamese voice, run as a process: the text goes in through a file (never the
 * command line), the WAV comes back from another; a hung process is killed after a minute.
 */
@Component
class EspeakSpeechSynthesizer implements SpeechSynthesizer {

	private final String command;

	EspeakSpeechSynthesizer(@Value("${langso.broadcast.espeak-command:espeak-ng}") String command) {
		this.command = command;
	}

	@Override
	public byte[] speak(String text) {
		Path in = null;
		Path out = null;
		try {
			in = Files.createTempFile("tts-", ".txt");
			out = Files.createTempFile("tts-", ".wav");
			Files.writeString(in, text, StandardCharsets.UTF_8);
			Process process = new ProcessBuilder(List.of(command, "-v", "vi", "-s", "150", "-f", in.toString(), "-w", out.toString()))
				.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new SpeechFailed("espeak-ng timed out");
			}
			if (process.exitValue() != 0 || Files.size(out) < 44) {
				throw new SpeechFailed("espeak-ng exit " + process.exitValue());
			}
			return Files.readAllBytes(out);
		}
		catch (IOException failure) {
			throw new SpeechFailed("espeak-ng not runnable: " + failure.getMessage());
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new SpeechFailed("interrupted");
		}
		finally {
			deleteQuietly(in);
			deleteQuietly(out);
		}
	}

	private static void deleteQuietly(Path file) {
		if (file != null) {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ignored) {
				// a temp file left behind is harmless
			}
		}
	}

	/** Speech could not be made; the announcement goes out on its other channels. */
	static final class SpeechFailed extends RuntimeException {

		SpeechFailed(String message) {
			super(message);
		}

	}

}
