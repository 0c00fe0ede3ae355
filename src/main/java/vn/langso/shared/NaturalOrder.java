package vn.langso.shared;

import java.util.Comparator;

/**
 * Orders text the way people read house numbers and lanes: numbers by value (1, 2, … 10, 11, not
 * 1, 10, 11, 2), letters without regard to case or diacritics ("Ngõ 2" before "ngõ 10", "5" before
 * "5A" before "5B"). Ties fall back to the exact text so the order is total and stable.
 */
public final class NaturalOrder implements Comparator<String> {

	/** Nulls first. */
	public static final Comparator<String> TEXT = Comparator.nullsFirst(new NaturalOrder());

	private NaturalOrder() {
	}

	@Override
	public int compare(String a, String b) {
		int i = 0, j = 0;
		while (i < a.length() && j < b.length()) {
			boolean digitA = Character.isDigit(a.charAt(i)), digitB = Character.isDigit(b.charAt(j));
			int endA = run(a, i, digitA), endB = run(b, j, digitB);
			String chunkA = a.substring(i, endA), chunkB = b.substring(j, endB);
			int order = digitA && digitB ? compareNumbers(chunkA, chunkB)
					: digitA != digitB ? (digitA ? -1 : 1)
					: VietnameseText.fold(chunkA).compareTo(VietnameseText.fold(chunkB));
			if (order != 0) {
				return order;
			}
			i = endA;
			j = endB;
		}
		int byLength = Integer.compare(a.length() - i, b.length() - j);
		return byLength != 0 ? byLength : a.compareTo(b);
	}

	private static int run(String text, int from, boolean digits) {
		int end = from;
		while (end < text.length() && Character.isDigit(text.charAt(end)) == digits) {
			end++;
		}
		return end;
	}

	/** Any length of digits: leading zeros off, then the longer is larger, then digit by digit. */
	private static int compareNumbers(String a, String b) {
		String x = a.replaceFirst("^0+(?=.)", ""), y = b.replaceFirst("^0+(?=.)", "");
		return x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
	}

}
