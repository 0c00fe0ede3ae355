package vn.langso.economy;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.langso.shared.InvalidInputException;

/**
 * A GS1 Digital Link URI for a batch: {@code /01/{GTIN}/10/{lot}} on any domain (GS1 allows one's own).
 * The canonical form, used inside EPCIS events and for their hash, is on {@code https://id.gs1.org}.
 */
public record DigitalLink(String gtin, String lot) {

	public static final String CANONICAL_HOST = "https://id.gs1.org";

	private static final Pattern PATH = Pattern.compile("/01/(\\d{14})/10/([^/?#]+)/?");

	/** GS1 AI (10) batch/lot: up to 20 characters of GS1 character set 82. */
	private static final Pattern LOT = Pattern.compile("[!\"%&'()*+,\\-./0-9:;<=>?A-Z_a-z]{1,20}");

	public DigitalLink {
		if (!Gtins.isValid(gtin) || lot == null || !LOT.matcher(lot).matches()) {
			throw new InvalidInputException("economy.digitalLink.malformed", gtin + "/" + lot);
		}
	}

	/** Reads a Digital Link from a full URI or just its path; anything else is a clear refusal. */
	public static DigitalLink parse(String text) {
		if (text == null) {
			throw new InvalidInputException("economy.digitalLink.malformed", "");
		}
		String path = text;
		if (text.startsWith("http://") || text.startsWith("https://")) {
			try {
				path = URI.create(text).getRawPath();
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidInputException("economy.digitalLink.malformed", text);
			}
		}
		Matcher matcher = path == null ? null : PATH.matcher(path);
		if (matcher == null || !matcher.matches()) {
			throw new InvalidInputException("economy.digitalLink.malformed", text);
		}
		return new DigitalLink(matcher.group(1), URLDecoder.decode(matcher.group(2), StandardCharsets.UTF_8));
	}

	/** A batch-level Digital Link (exactly GTIN + lot), or empty for anything else. */
	static java.util.Optional<DigitalLink> batchLink(String uri) {
		try {
			return java.util.Optional.of(parse(uri));
		}
		catch (InvalidInputException notABatchLink) {
			return java.util.Optional.empty();
		}
	}

	/** True for URIs that claim to be GS1 Digital Links (an /01/ primary key path), well-formed or not. */
	static boolean looksLikeDigitalLink(String uri) {
		return (uri.startsWith("https://") || uri.startsWith("http://")) && uri.contains("/01/");
	}

	public String path() {
		return "/01/" + gtin + "/10/" + URLEncoder.encode(lot, StandardCharsets.UTF_8).replace("+", "%20");
	}

	public String canonical() {
		return CANONICAL_HOST + path();
	}

	/** The product class (GTIN without lot), for quantity lists of trade items not serialised. */
	public String productClass() {
		return CANONICAL_HOST + "/01/" + gtin;
	}

}
