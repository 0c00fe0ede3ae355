package vn.langso.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which passwords a person may choose (NIST SP 800-63B's advice: length and a blocklist, no
 * composition rules): at least 8 characters, none of the ~11,700 most common passwords
 * ({@code identity/common-passwords.txt}, with Vietnamese favourites such as "matkhau123" and
 * "anhyeuem"), and not containing the person's own phone number, CCCD or login, which are the first
 * things anyone who knows them tries.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 8;

	private static final Set<String> COMMON = load();

	private PasswordPolicy() {
	}

	/**
	 * The message key of what is wrong with {@code password}, or empty when it is acceptable.
	 * {@code personal} are the person's phone, CCCD, login (any may be null or blank).
	 */
	public static Optional<String> problem(String password, String... personal) {
		if (password == null || password.isEmpty()) {
			return Optional.empty(); // "required" is the field's own rule
		}
		if (password.length() < MIN_LENGTH) {
			return Optional.of("validation.password.size");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (COMMON.contains(lower)) {
			return Optional.of("validation.password.common");
		}
		for (String fact : personal) {
			for (String form : formsOf(fact)) {
				if (form.length() >= 4 && lower.contains(form)) {
					return Optional.of("validation.password.personal");
				}
			}
		}
		return Optional.empty();
	}

	/** A phone is also typed without its leading 0 or with +84; logins compare without case. */
	private static Set<String> formsOf(String fact) {
		Set<String> forms = new HashSet<>();
		if (fact == null || fact.isBlank()) {
			return forms;
		}
		String value = fact.strip().toLowerCase(Locale.ROOT);
		forms.add(value);
		String digits = value.replaceAll("\\D", "");
		if (digits.length() >= 9 && digits.length() == value.replaceAll("[\\s.+-]", "").length()) {
			String national = digits.startsWith("84") ? digits.substring(2) : digits.replaceFirst("^0", "");
			forms.add(national);
			forms.add(digits);
		}
		return forms;
	}

	static boolean isCommon(String password) {
		return COMMON.contains(password.toLowerCase(Locale.ROOT));
	}

	private static Set<String> load() {
		Set<String> words = new HashSet<>(16_384);
		try (InputStream in = PasswordPolicy.class.getResourceAsStream("/identity/common-passwords.txt");
				BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			lines.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(words::add);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Set.copyOf(words);
	}

}
