package vn.langso.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * How people in Việt Nam read dates and numbers, in one place for pages (the {@code #vn} expression
 * object) and printed papers alike: dates dd/MM/yyyy, times in Asia/Ho_Chi_Minh whatever the JVM's
 * default zone is, thousands grouped with dots (8.000 đ) and a decimal comma (3,50 ha).
 */
public final class VietnameseFormats {

	/** The one time zone of the country (UTC+7, no daylight saving). */
	public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

	private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

	private VietnameseFormats() {
	}

	/**
	 * 08/12/2026; an instant is read on the Vietnamese calendar, a form's yyyy-MM-dd text is turned
	 * round, other text is shown as typed. Empty for null.
	 */
	public static String date(Object temporal) {
		if (temporal instanceof CharSequence text) {
			try {
				return DAY.format(LocalDate.parse(text));
			}
			catch (DateTimeParseException notIso) {
				return text.toString();
			}
		}
		return format(temporal, DAY);
	}

	/** 14:05 08/12/2026 (time first, as on Vietnamese official papers). Empty for null. */
	public static String dateTime(Object temporal) {
		return format(temporal, MOMENT);
	}

	/** 14:05. Empty for null. */
	public static String time(Object temporal) {
		return format(temporal, CLOCK);
	}

	/** Any pattern (names of days and months in Vietnamese), still in Asia/Ho_Chi_Minh for instants. Empty for null. */
	public static String format(Object temporal, String pattern) {
		return format(temporal, DateTimeFormatter.ofPattern(pattern, VIETNAMESE));
	}

	/** 8.000 đ. Empty for null. */
	public static String money(Number vnd) {
		return vnd == null ? "" : integer(vnd) + " đ";
	}

	/** 1.234.567. Empty for null. */
	public static String integer(Number value) {
		return value == null ? "" : decimal(value, 0);
	}

	/** 3,50 with exactly {@code digits} decimals (half up). Empty for null. */
	public static String decimal(Number value, int digits) {
		if (value == null) {
			return "";
		}
		DecimalFormat format = new DecimalFormat(digits == 0 ? "#,##0" : "#,##0." + "0".repeat(digits), SYMBOLS);
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format.format(value instanceof BigDecimal big ? big : new BigDecimal(value.toString()));
	}

	/** 3,50 ha. Empty for null. */
	public static String hectares(Number value) {
		return value == null ? "" : decimal(value, 2) + " ha";
	}

	/** A share 0..1 as 85,5% with {@code digits} decimals. Empty for null. */
	public static String percent(Number share, int digits) {
		return share == null ? "" : decimal(new BigDecimal(share.toString()).movePointRight(2), digits) + "%";
	}

	private static final DecimalFormatSymbols SYMBOLS = symbols();

	private static DecimalFormatSymbols symbols() {
		DecimalFormatSymbols symbols = new DecimalFormatSymbols();
		symbols.setGroupingSeparator('.');
		symbols.setDecimalSeparator(',');
		symbols.setMinusSign('-');
		return symbols;
	}

	private static String format(Object temporal, DateTimeFormatter formatter) {
		if (temporal == null) {
			return "";
		}
		TemporalAccessor local = switch (temporal) {
			case Instant instant -> instant.atZone(ZONE);
			case OffsetDateTime offset -> offset.atZoneSameInstant(ZONE);
			case ZonedDateTime zoned -> zoned.withZoneSameInstant(ZONE);
			case LocalDateTime dateTime -> dateTime;
			case LocalDate day -> day;
			case TemporalAccessor other -> other;
			default -> throw new IllegalArgumentException("Not a date or time: " + temporal.getClass().getName());
		};
		return formatter.format(local);
	}

}
