import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Build step (pom.xml, phase process-classes): writes a gzipped copy ({@code name.gz}, best compression)
 * next to every text file under {@code <classes>/static}, and copies the webjar files the templates link
 * ({@code /webjars/...} in {@code <classes>/templates}) out of their jars into {@code <classes>/META-INF/resources/webjars}
 * with their gzipped copy, so Spring's EncodedResourceResolver finds the {@code .gz} next to the file it serves.
 * Needs only a JDK: {@code java Precompress.java <classes dir>} with the webjars on the class path.
 * No brotli: the JDK has no brotli encoder and the build must work on a machine with only a JDK.
 */
public class Precompress {

	private static final Set<String> TEXT = Set.of("css", "js", "svg", "html", "txt", "json", "map", "xml");

	private static final Pattern WEBJAR_LINK = Pattern.compile("/webjars/([A-Za-z0-9._/-]+\\.(?:js|css))");

	public static void main(String[] args) throws IOException {
		Path classes = Path.of(args[0]);
		int written = 0;
		Path statics = classes.resolve("static");
		if (Files.isDirectory(statics)) {
			try (Stream<Path> files = Files.walk(statics)) {
				for (Path file : files.filter(Precompress::isText).toList()) {
					written += gzipNextTo(file);
				}
			}
		}
		for (String webjarFile : linkedWebjarFiles(classes.resolve("templates"))) {
			String resource = "META-INF/resources/webjars/" + webjarFile;
			try (InputStream in = Precompress.class.getClassLoader().getResourceAsStream(resource)) {
				if (in == null) {
					throw new IllegalStateException("a template links /webjars/" + webjarFile + ", which no webjar holds");
				}
				Path copy = classes.resolve(resource);
				Files.createDirectories(copy.getParent());
				Files.write(copy, in.readAllBytes());
				written += gzipNextTo(copy);
			}
		}
		System.out.println("Precompress: " + written + " gzipped copies written under " + classes);
	}

	private static boolean isText(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return Files.isRegularFile(file) && dot > 0 && TEXT.contains(name.substring(dot + 1));
	}

	private static Set<String> linkedWebjarFiles(Path templates) throws IOException {
		Set<String> linked = new TreeSet<>();
		if (!Files.isDirectory(templates)) {
			return linked;
		}
		try (Stream<Path> files = Files.walk(templates)) {
			files.filter(f -> f.toString().endsWith(".html")).forEach(f -> {
				try {
					Matcher link = WEBJAR_LINK.matcher(Files.readString(f));
					while (link.find()) {
						linked.add(link.group(1));
					}
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		}
		return linked;
	}

	/** Writes file.gz when it is smaller than the file; returns how many copies were written (0 or 1). */
	private static int gzipNextTo(Path file) throws IOException {
		byte[] plain = Files.readAllBytes(file);
		Path gz = file.resolveSibling(file.getFileName() + ".gz");
		java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
		try (OutputStream zip = new GZIPOutputStream(buffer) {
			{
				def.setLevel(Deflater.BEST_COMPRESSION);
			}
		}) {
			zip.write(plain);
		}
		if (buffer.size() >= plain.length) {
			Files.deleteIfExists(gz);
			return 0;
		}
		Files.write(gz, buffer.toByteArray());
		return 1;
	}

}
