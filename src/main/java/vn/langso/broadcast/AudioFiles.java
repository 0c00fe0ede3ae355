package vn.langso.broadcast;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.langso.shared.InvalidInputException;

/**
 * The audio the loudspeakers fetch: synthesised speech and uploaded programmes, in a folder under
 * the data directory (an object store behind the same methods in production). An upload counts as
 * audio only if its bytes say so (WAV, MP3, Ogg, M4A signatures), whatever its name or declared type.
 */
@Component
public class AudioFiles {

	static final int MAX_BYTES = 10 * 1024 * 1024;

	private static final Pattern NAME = Pattern.compile("^[0-9a-f-]{36}\\.(wav|mp3|ogg|m4a)$");

	private final Path folder;

	private final String baseUrl;

	AudioFiles(@Value("${langso.data-dir}") String dataDir,
			@Value("${langso.broadcast.media-base-url:http://127.0.0.1:${server.port:8080}}") String baseUrl) {
		this.folder = Path.of(dataDir, "broadcast", "audio");
		this.baseUrl = baseUrl;
	}

	/** Stores checked audio and returns its file name. */
	String store(byte[] bytes) {
		if (bytes == null || bytes.length == 0 || bytes.length > MAX_BYTES) {
			throw new InvalidInputException("broadcast.error.audioSize");
		}
		String extension = kindOf(bytes).orElseThrow(() -> new InvalidInputException("broadcast.error.notAudio"));
		String name = UUID.randomUUID() + "." + extension;
		try {
			Files.createDirectories(folder);
			Files.write(folder.resolve(name), bytes);
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
		return name;
	}

	public Optional<Path> file(String name) {
		if (name == null || !NAME.matcher(name).matches()) {
			return Optional.empty();
		}
		Path file = folder.resolve(name);
		return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
	}

	String url(String name) {
		return baseUrl + "/media/broadcast/" + name;
	}

	/** Seconds of a PCM WAV (from its header), or null for other formats. */
	Integer durationSeconds(String name) {
		return file(name).filter(f -> name.endsWith(".wav")).map(f -> {
			try {
				byte[] header = Files.readAllBytes(f);
				int byteRate = (header[28] & 0xff) | (header[29] & 0xff) << 8 | (header[30] & 0xff) << 16 | (header[31] & 0xff) << 24;
				return byteRate <= 0 ? null : (int) Math.max(1, (header.length - 44L) / byteRate);
			}
			catch (IOException | ArrayIndexOutOfBoundsException unreadable) {
				return null;
			}
		}).orElse(null);
	}

	static Optional<String> kindOf(byte[] b) {
		if (b.length >= 12 && ascii(b, 0, "RIFF") && ascii(b, 8, "WAVE")) {
			return Optional.of("wav");
		}
		if (b.length >= 3 && ascii(b, 0, "ID3") || b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xe0) == 0xe0) {
			return Optional.of("mp3");
		}
		if (b.length >= 4 && ascii(b, 0, "OggS")) {
			return Optional.of("ogg");
		}
		if (b.length >= 12 && ascii(b, 4, "ftyp") && (ascii(b, 8, "M4A ") || ascii(b, 8, "mp42") || ascii(b, 8, "isom"))) {
			return Optional.of("m4a");
		}
		return Optional.empty();
	}

	private static boolean ascii(byte[] bytes, int offset, String expected) {
		for (int i = 0; i < expected.length(); i++) {
			if (bytes[offset + i] != expected.charAt(i)) {
				return false;
			}
		}
		return true;
	}

}
