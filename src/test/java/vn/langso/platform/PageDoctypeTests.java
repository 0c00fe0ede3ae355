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
