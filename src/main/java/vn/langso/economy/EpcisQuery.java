package vn.langso.economy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The parameters of an EPCIS 2.0 simple event query (REST binding: URL query string of {@code GET /events}
 * and the other events resources), parsed from the names and forms of GS1's query schema. A name the
 * schema does not know is a {@code QueryParameterException}; a standard name this repository cannot
 * answer (ILMD, inner and error-declaration fields) is an {@code ImplementationException}, so that a
 * client is never handed every event as if it had filtered them.
 *
 * @param eventTypes eventType values, one of which must match
 * @param actions EQ_action values
 * @param bizSteps EQ_bizStep values in web URI form
 * @param dispositions EQ_disposition values in web URI form
 * @param readPoints EQ_readPoint / WD_readPoint identifiers
 * @param bizLocations EQ_bizLocation / WD_bizLocation identifiers
 * @param eventIds EQ_eventID values
 * @param matches every MATCH_ / EQ_transformationID / EQ_bizTransaction_ / EQ_source_ / EQ_destination_ parameter:
 *     the roles an identifier may play and the identifiers (a trailing {@code *} matches a prefix)
 * @param eventCountLimit at most this many events in all, or null
 * @param perPage events per page
 * @param nextPageToken the page to answer, or null for the first
 */
public record EpcisQuery(List<String> eventTypes, Instant geEventTime, Instant ltEventTime, Instant geRecordTime,
		Instant ltRecordTime, List<String> actions, List<String> bizSteps, List<String> dispositions, List<String> readPoints,
		List<String> bizLocations, List<String> eventIds, List<KeyMatch> matches, Integer eventCountLimit, int perPage,
		String nextPageToken) {

	/** GS1's default page size (openapi.yaml, PerPage); more than {@link #MAX_PER_PAGE} is cut to it. */
	public static final int DEFAULT_PER_PAGE = 30;

	public static final int MAX_PER_PAGE = 500;

	/** One MATCH_-style condition: an event matches when it names one of the values in one of the roles. */
	public record KeyMatch(List<String> roles, List<String> values) {
	}

	private static final Map<String, List<String>> MATCH_ROLES = Map.of("MATCH_epc", List.of("epc"), "MATCH_parentID",
			List.of("parentID"), "MATCH_inputEPC", List.of("inputEPC"), "MATCH_outputEPC", List.of("outputEPC"),
			"MATCH_anyEPC", List.of("epc", "parentID", "inputEPC", "outputEPC"), "MATCH_epcClass", List.of("epcClass"),
			"MATCH_inputEPCClass", List.of("inputEPCClass"), "MATCH_outputEPCClass", List.of("outputEPCClass"),
			"MATCH_anyEPCClass", List.of("epcClass", "inputEPCClass", "outputEPCClass"));

	/** Standard names (GS1 query-schema.json) whose fields this repository does not index. */
	private static final Pattern UNSUPPORTED = Pattern.compile("(EQ|GT|GE|LT|LE|EXISTS)_\\w+|HASATTR_\\w+");

	/** Paging of a top-level list, the only parameters such lists take. */
	public record Paging(int perPage, String nextPageToken) {
	}

	public static boolean isEventType(String value) {
		return EpcisCheck.EVENT_TYPES.contains(value);
	}

	/** perPage and nextPageToken of a top-level list; any other parameter is a QueryParameterException. */
	public static Paging paging(Map<String, List<String>> parameters) {
		parameters.keySet().stream().filter(name -> !List.of("perPage", "nextPageToken").contains(name)).findFirst()
			.ifPresent(name -> {
				throw EpcisQueryException.parameter(name, String.join(",", parameters.get(name)));
			});
		EpcisQuery query = parse(parameters);
		return new Paging(query.perPage(), query.nextPageToken());
	}

	/** Parses the query string; {@link EpcisQueryException} names the first parameter at fault. */
	public static EpcisQuery parse(Map<String, List<String>> parameters) {
		Parser parser = new Parser(parameters);
		return parser.query();
	}

	private static final class Parser {

		private final Map<String, List<String>> parameters;

		private final List<KeyMatch> matches = new ArrayList<>();

		private final Map<String, List<String>> simple = new LinkedHashMap<>();

		private final Map<String, Instant> times = new LinkedHashMap<>();

		private Integer eventCountLimit;

		private int perPage = DEFAULT_PER_PAGE;

		private String nextPageToken;

		Parser(Map<String, List<String>> parameters) {
			this.parameters = parameters;
		}

		EpcisQuery query() {
			parameters.forEach(this::accept);
			return new EpcisQuery(simple.get("eventType"), times.get("GE_eventTime"), times.get("LT_eventTime"),
					times.get("GE_recordTime"), times.get("LT_recordTime"), simple.get("EQ_action"), simple.get("EQ_bizStep"),
					simple.get("EQ_disposition"), simple.get("readPoint"), simple.get("bizLocation"), simple.get("EQ_eventID"),
					List.copyOf(matches), eventCountLimit, perPage, nextPageToken);
		}

		private void accept(String name, List<String> raw) {
			String value = raw.isEmpty() ? "" : raw.getLast();
			switch (name) {
				case "perPage" -> perPage = Math.min(positive(name, value), MAX_PER_PAGE);
				case "nextPageToken" -> nextPageToken = value;
				case "eventCountLimit" -> eventCountLimit = positive(name, value);
				case "eventType" -> simple.put(name, eventTypes(name, values(name, value)));
				case "GE_eventTime", "LT_eventTime", "GE_recordTime", "LT_recordTime" -> times.put(name, time(name, value));
				case "EQ_action" -> simple.put(name, actions(name, values(name, value)));
				case "EQ_bizStep" -> simple.put(name, values(name, value).stream()
					.map(v -> Cbv.bizStep(v).orElseThrow(() -> EpcisQueryException.parameter(name, v))).toList());
				case "EQ_disposition" -> simple.put(name, values(name, value).stream()
					.map(v -> Cbv.disposition(v).orElseThrow(() -> EpcisQueryException.parameter(name, v))).toList());
				// Without master data no location has descendants, so "with descendants" is the location itself.
				case "EQ_readPoint", "WD_readPoint" -> simple.merge("readPoint", identifiers(name, value), Parser::both);
				case "EQ_bizLocation", "WD_bizLocation" -> simple.merge("bizLocation", identifiers(name, value), Parser::both);
				case "EQ_eventID" -> simple.put(name, values(name, value));
				case "EQ_transformationID" -> matches.add(new KeyMatch(List.of("transformationID"), values(name, value)));
				default -> other(name, value);
			}
		}

		private void other(String name, String value) {
			if (MATCH_ROLES.containsKey(name)) {
				matches.add(new KeyMatch(MATCH_ROLES.get(name), identifiers(name, value)));
			}
			else if (name.startsWith("EQ_bizTransaction_")) {
				matches.add(typed(name, "bizTransaction", Cbv.bizTransactionType(name.substring("EQ_bizTransaction_".length())),
						value));
			}
			else if (name.startsWith("EQ_source_") || name.startsWith("EQ_destination_")) {
				String role = name.startsWith("EQ_source_") ? "source" : "destination";
				matches.add(typed(name, role, Cbv.sourceDestinationType(name.substring(("EQ_" + role + "_").length())), value));
			}
			else if (UNSUPPORTED.matcher(name).matches()) {
				throw EpcisQueryException.unsupported(name);
			}
			else {
				throw EpcisQueryException.parameter(name, value);
			}
		}

		private KeyMatch typed(String name, String role, java.util.Optional<String> type, String value) {
			String webType = type.orElseThrow(() -> EpcisQueryException.parameter(name, value));
			return new KeyMatch(List.of(role + "|" + webType), identifiers(name, value));
		}

		private static List<String> both(List<String> a, List<String> b) {
			return a.stream().filter(b::contains).toList();
		}

		/** The REST binding separates alternatives with {@code |}; a comma is also taken, as EPCIS 1.x clients send. */
		private static List<String> values(String name, String value) {
			List<String> values = Arrays.stream(value.split("[|,]")).map(String::strip).filter(v -> !v.isEmpty()).toList();
			if (values.isEmpty()) {
				throw EpcisQueryException.parameter(name, value);
			}
			return values;
		}

		private static List<String> identifiers(String name, String value) {
			return values(name, value).stream()
				.map(v -> v.endsWith("*") ? EventHash.identifier(v.substring(0, v.length() - 1)) + "*" : EventHash.identifier(v))
				.toList();
		}

		private static List<String> eventTypes(String name, List<String> values) {
			values.stream().filter(v -> !EpcisCheck.EVENT_TYPES.contains(v)).findFirst().ifPresent(v -> {
				throw EpcisQueryException.parameter(name, v);
			});
			return values;
		}

		private static List<String> actions(String name, List<String> values) {
			values.stream().filter(v -> !List.of("ADD", "OBSERVE", "DELETE").contains(v)).findFirst().ifPresent(v -> {
				throw EpcisQueryException.parameter(name, v);
			});
			return values;
		}

		private static Instant time(String name, String value) {
			try {
				return OffsetDateTime.parse(value).toInstant();
			}
			catch (DateTimeParseException ex) {
				throw EpcisQueryException.parameter(name, value);
			}
		}

		private static int positive(String name, String value) {
			try {
				int number = Integer.parseInt(value.strip());
				if (number < 1) {
					throw EpcisQueryException.parameter(name, value);
				}
				return number;
			}
			catch (NumberFormatException ex) {
				throw EpcisQueryException.parameter(name, value);
			}
		}

	}

}
