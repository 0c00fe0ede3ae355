package vn.langso.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds Vietnamese text for search so that "khai sinh" finds "Khai sinh", "dang ky" finds "Đăng ký"
 * and the old accent placement "Hoà" finds the new "Hòa". Stored next to the original text, the
 * folded form lets both H2 and PostgreSQL search with a plain {@code LIKE}.
 */
public final class VietnameseText {

	private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private VietnameseText() {
	}

	public static String fold(String text) {
		if (text == null) {
			return "";
		}
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		String withoutMarks = COMBINING_MARKS.matcher(decomposed).replaceAll("");
		// đ/Đ are letters of their own, not d plus a mark, so NFD leaves them alone
		String plain = withoutMarks.replace('đ', 'd').replace('Đ', 'D');
		return SPACES.matcher(plain.toLowerCase(Locale.ROOT).trim()).replaceAll(" ");
	}

	/** A URL slug: folded, with anything but letters and digits turned into single hyphens. */
	public static String slug(String text) {
		return fold(text).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
	}

	/** The {@code LIKE} pattern for a folded search, with the wildcard characters of the query escaped. */
	public static String containsPattern(String query) {
		String folded = fold(query).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		return "%" + folded + "%";
	}

}
