package vn.langso.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * A page template replaces its {@code <html>} with the layout's, so the layout's doctype is lost:
 * each page must carry its own or the browser renders it in quirks mode (other box sizes, other overflow).
 */
class PageDoctypeTests {

	@Test
	void everyPageTemplateStartsWithTheHtml5Doctype() throws IOException {
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			List<Path> pages = files.filter(p -> p.toString().endsWith(".html")).filter(PageDoctypeTests::isPage).toList();
			assertThat(pages).hasSizeGreaterThan(50);
			assertThat(pages).allSatisfy(p -> assertThat(Files.readString(p)).as(p.toString()).startsWith("<!DOCTYPE html>"));
		}
	}

	/**
	 * {@code #temporals} prints instants in the JVM's zone (UTC on most servers) and {@code #numbers}
	 * groups by the request's locale: pages use {@code #vn} (VietnameseFormatDialect) instead.
	 */
	@Test
	void noTemplateFormatsDatesOrNumbersAroundTheVietnameseHelper() throws IOException {
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			List<Path> templates = files.filter(p -> p.toString().endsWith(".html")).toList();
			assertThat(templates).allSatisfy(p -> assertThat(Files.readString(p)).as(p.toString())
				.doesNotContain("#temporals.format").doesNotContain("#dates.format")
				.doesNotContain("#numbers.formatInteger").doesNotContain("#numbers.formatDecimal")
				.doesNotContain("#numbers.formatPercent"));
		}
	}

	private static boolean isPage(Path template) {
		try {
			String text = Files.readString(template);
			return text.contains("fragments/layout :: page") || text.contains("fragments/error :: page");
		}
		catch (IOException unreadable) {
			throw new java.io.UncheckedIOException(unreadable);
		}
	}

}
