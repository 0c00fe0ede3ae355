package vn.langso.economy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import tools.jackson.databind.JsonNode;
import vn.langso.shared.InvalidInputException;

/**
 * Checks an EPCIS 2.0 JSON-LD document the way capture needs: the envelope, each event's type, times
 * (none in the future beyond a tolerance for clock drift), action, CBV business step and disposition,
 * and every identifier that claims to be a GS1 Digital Link. It collects every problem before refusing.
 */
final class EpcisCheck {

	static final Set<String> EVENT_TYPES = Set.of("ObjectEvent", "AggregationEvent", "TransformationEvent",
			"TransactionEvent", "AssociationEvent");

	private static final List<String> IDENTIFIER_LISTS = List.of("epcList", "childEPCs", "inputEPCList", "outputEPCList");

	private static final List<String> QUANTITY_LISTS = List.of("quantityList", "childQuantityList", "inputQuantityList",
			"outputQuantityList");

	static final int CAPTURE_LIMIT = 500;

	private final Clock clock;

	private final Duration futureTolerance;

	EpcisCheck(Clock clock, Duration futureTolerance) {
		this.clock = clock;
		this.futureTolerance = futureTolerance;
	}

	List<ParsedEvent> check(JsonNode document) {
		List<EpcisRefused.Problem> problems = new ArrayList<>();
		if (!"EPCISDocument".equals(document.path("type").asString(null))) {
			problems.add(problem(-1, "epcis.document.type"));
		}
		if (!"2.0".equals(document.path("schemaVersion").asString(null))) {
			problems.add(problem(-1, "epcis.document.schemaVersion"));
		}
		JsonNode events = document.path("epcisBody").path("eventList");
		if (!events.isArray() || events.isEmpty()) {
			problems.add(problem(-1, "epcis.document.noEvents"));
		}
		else if (events.size() > CAPTURE_LIMIT) {
			problems.add(problem(-1, "epcis.document.tooMany", String.valueOf(CAPTURE_LIMIT)));
		}
		if (!problems.isEmpty()) {
			throw new EpcisRefused(problems);
		}
		Map<String, String> namespaces = EpcisJson.namespacesOf(document);
		List<ParsedEvent> parsed = new ArrayList<>();
		for (int i = 0; i < events.size(); i++) {
			ParsedEvent event = event(i, events.get(i), namespaces, problems);
			if (event != null) {
				parsed.add(event);
			}
		}
		if (!problems.isEmpty()) {
			throw new EpcisRefused(problems);
		}
		return parsed;
	}

	/** One event, or null with its problems added. */
	ParsedEvent event(int index, JsonNode event, Map<String, String> namespaces, List<EpcisRefused.Problem> problems) {
		int before = problems.size();
		String type = event.path("type").asString(null);
		if (type == null || !EVENT_TYPES.contains(type)) {
			problems.add(problem(index, "epcis.event.type", String.valueOf(type)));
			return null;
		}
		Instant eventTime = null;
		try {
			eventTime = OffsetDateTime.parse(event.path("eventTime").asString("")).toInstant();
			if (eventTime.isAfter(clock.instant().plus(futureTolerance))) {
				problems.add(problem(index, "epcis.event.future", event.path("eventTime").asString(),
						String.valueOf(futureTolerance.toMinutes())));
			}
		}
		catch (DateTimeParseException ex) {
			problems.add(problem(index, "epcis.event.time", event.path("eventTime").asString("")));
		}
		String offset = event.path("eventTimeZoneOffset").asString("");
		if (!offset.matches("[+-]((0[0-9]|1[0-3]):[0-5][0-9]|14:00)")) {
			problems.add(problem(index, "epcis.event.offset", offset));
		}
		String action = event.path("action").asString(null);
		if (!"TransformationEvent".equals(type) && (action == null || !Set.of("ADD", "OBSERVE", "DELETE").contains(action))) {
			problems.add(problem(index, "epcis.event.action", String.valueOf(action)));
		}
		String bizStep = null;
		if (event.has("bizStep")) {
			bizStep = Cbv.bizStep(event.get("bizStep").asString("")).orElse(null);
			if (bizStep == null) {
				problems.add(problem(index, "epcis.event.bizStep", event.get("bizStep").asString("")));
			}
		}
		String disposition = null;
		if (event.has("disposition")) {
			disposition = Cbv.disposition(event.get("disposition").asString("")).orElse(null);
			if (disposition == null) {
				problems.add(problem(index, "epcis.event.disposition", event.get("disposition").asString("")));
			}
		}
		Set<String> epcs = new LinkedHashSet<>();
		Consumer<String> identifier = id -> {
			if (id == null || id.isBlank()) {
				problems.add(problem(index, "epcis.event.identifier", String.valueOf(id)));
				return;
			}
			if (DigitalLink.looksLikeDigitalLink(id) && !isWellFormedDigitalLink(id)) {
				problems.add(problem(index, "economy.digitalLink.malformed", id));
				return;
			}
			epcs.add(EventHash.identifier(id));
		};
		IDENTIFIER_LISTS.forEach(list -> event.path(list).forEach(item -> identifier.accept(item.asString(null))));
		QUANTITY_LISTS.forEach(list -> event.path(list).forEach(item -> identifier.accept(item.path("epcClass").asString(null))));
		if (event.has("parentID")) {
			identifier.accept(event.get("parentID").asString(null));
		}
		String bizLocation = location(index, event.path("bizLocation"), problems);
		String readPoint = location(index, event.path("readPoint"), problems);
		if (problems.size() > before) {
			return null;
		}
		String eventId = event.has("eventID") ? event.get("eventID").asString() : EventHash.of(event, namespaces);
		return new ParsedEvent(eventId, type, action, bizStep, disposition, eventTime, offset, bizLocation, readPoint, epcs,
				EventKeys.of(event), withEventId(event, eventId));
	}

	private static String withEventId(JsonNode event, String eventId) {
		if (event.has("eventID")) {
			return event.toString();
		}
		tools.jackson.databind.node.ObjectNode copy = ((tools.jackson.databind.node.ObjectNode) event).deepCopy();
		copy.put("eventID", eventId);
		return copy.toString();
	}

	private static String location(int index, JsonNode location, List<EpcisRefused.Problem> problems) {
		if (location.isMissingNode()) {
			return null;
		}
		String id = location.path("id").asString(null);
		if (id == null || id.isBlank()) {
			problems.add(problem(index, "epcis.event.location", location.toString()));
			return null;
		}
		if (DigitalLink.looksLikeDigitalLink(id) && !isWellFormedDigitalLink(id)) {
			problems.add(problem(index, "economy.digitalLink.malformed", id));
			return null;
		}
		return EventHash.identifier(id);
	}

	/**
	 * A GS1 Digital Link with a GTIN primary key: 14 digits with the right check digit, then qualifiers
	 * 22 / 10 / 21 in that order, each 1-20 characters of GS1 character set 82.
	 */
	static boolean isWellFormedDigitalLink(String uri) {
		String path;
		try {
			path = java.net.URI.create(uri).getRawPath();
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		int start = path.indexOf("/01/");
		String[] parts = path.substring(start + 1).split("/", -1);
		if (parts.length < 2 || parts.length % 2 != 0 || !Gtins.isValid(parts[1])) {
			return false;
		}
		List<String> order = List.of("22", "10", "21");
		int last = -1;
		for (int i = 2; i < parts.length; i += 2) {
			int position = order.indexOf(parts[i]);
			String value = java.net.URLDecoder.decode(parts[i + 1], java.nio.charset.StandardCharsets.UTF_8);
			if (position <= last || !value.matches("[!\"%&'()*+,\\-./0-9:;<=>?A-Z_a-z]{1,20}")) {
				return false;
			}
			last = position;
		}
		return true;
	}

	private static EpcisRefused.Problem problem(int index, String key, String... arguments) {
		return new EpcisRefused.Problem(index, key, List.of(arguments));
	}

	/** Turns a refusal into the domain's input exception when only one message is wanted (pages). */
	static InvalidInputException first(EpcisRefused refused) {
		EpcisRefused.Problem problem = refused.problems().getFirst();
		return new InvalidInputException(problem.messageKey(), problem.arguments().toArray());
	}

}
