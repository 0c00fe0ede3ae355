package vn.langso.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Vietnamese first, English second, never one without the other: every bundle has the same keys in
 * both languages, and every message a template names exists.
 */
class MessageBundlesTests {

	private static final Path MESSAGES = Path.of("src/main/resources/messages");

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	@Test
	void everyBundleHasTheSameKeysInVietnameseAndEnglish() throws IOException {
		try (Stream<Path> files = Files.list(MESSAGES)) {
			for (Path vietnamese : files.filter(p -> p.toString().endsWith("_vi.properties")).toList()) {
				Path english = Path.of(vietnamese.toString().replace("_vi.properties", "_en.properties"));
				assertThat(english).as("English twin of " + vietnamese).exists();
				assertThat(new TreeSet<>(load(english).stringPropertyNames()))
					.as(vietnamese.getFileName().toString())
					.isEqualTo(new TreeSet<>(load(vietnamese).stringPropertyNames()));
			}
		}
	}

	@Test
	void everyMessageKeyUsedInTemplatesExists() throws IOException {
		Set<String> known = allVietnameseKeys();
		Pattern literalKey = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");
		Set<String> missing = new TreeSet<>();
		try (Stream<Path> templates = Files.walk(TEMPLATES)) {
			for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
				Matcher matcher = literalKey.matcher(Files.readString(template));
				while (matcher.find()) {
					if (!known.contains(matcher.group(1))) {
						missing.add(TEMPLATES.relativize(template) + ": " + matcher.group(1));
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	private static Set<String> allVietnameseKeys() throws IOException {
		Set<String> keys = new HashSet<>();
		try (Stream<Path> files = Files.list(MESSAGES)) {
			for (Path bundle : files.filter(p -> p.toString().endsWith("_vi.properties")).toList()) {
				keys.addAll(load(bundle).stringPropertyNames());
			}
		}
		return keys;
	}

	private static Properties load(Path file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
