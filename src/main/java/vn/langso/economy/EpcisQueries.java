package vn.langso.economy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The read side of the EPCIS 2.0 REST binding: the event query (newest first, paged by an opaque
 * keyset token so that events captured meanwhile neither repeat nor shift a page), one event by its ID, and
 * the top-level vocabularies (event types, EPCs, business steps, locations, read points, dispositions).
 * Trace data is what labels publish, so these answer everyone.
 */
@Service
@Transactional(readOnly = true)
public class EpcisQueries {

	/** A page of results and the token of the next page, or null on the last page. */
	public record Page<T>(T content, String nextPageToken) {
	}

	/** The top-level resources that list values, with the list type GS1's OpenAPI names for each. */
	public enum Vocabulary {
		EVENT_TYPES("EventTypeItemList", "eventType"), EPCS(null, null), BIZ_STEPS("BizStepItemList", "bizStep"),
		BIZ_LOCATIONS("BizLocationItemList", "bizLocation"), READ_POINTS("ReadPointItemList", "readPoint"),
		DISPOSITIONS("DispositionItemList", "disposition");

		private final String listType;

		private final String property;

		Vocabulary(String listType, String property) {
			this.listType = listType;
			this.property = property;
		}

	}

	private final EpcisEventRepository events;

	private final Clock clock;

	EpcisQueries(EpcisEventRepository events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	/** The events matching a query as an EPCISQueryDocument. */
	public Page<String> query(EpcisQuery query) {
		Cursor cursor = Cursor.read(query.nextPageToken());
		int size = query.perPage();
		if (query.eventCountLimit() != null) {
			size = Math.min(size, query.eventCountLimit() - cursor.served());
		}
		List<EpcisEventRecord> found = size <= 0 ? List.of()
				: events.findAll(EpcisEventFilter.of(query, cursor.time(), cursor.id()),
						PageRequest.of(0, size + 1, Sort.by(Sort.Direction.DESC, "eventTime", "id"))).getContent();
		boolean more = found.size() > size;
		List<EpcisEventRecord> page = more ? found.subList(0, size) : found;
		String next = null;
		if (more) {
			EpcisEventRecord last = page.getLast();
			next = new Cursor(last.eventTime(), last.id(), cursor.served() + page.size()).token();
		}
		return new Page<>(queryDocument(page), next);
	}

	/** One event by its eventID, in an EPCISQueryDocument as the binding answers {@code GET /events/{eventID}}. */
	public Optional<String> event(String eventId) {
		return events.findByEventId(eventId).map(record -> queryDocument(List.of(record)));
	}

	/** One page of a vocabulary: the values in use, in their short CBV form where they have one. */
	public Page<String> vocabulary(Vocabulary vocabulary, int perPage, String pageToken) {
		int offset = Cursor.offset(pageToken);
		Supplier<List<String>> source = switch (vocabulary) {
			case EVENT_TYPES -> events::eventTypes;
			case EPCS -> events::epcs;
			case BIZ_STEPS -> events::bizSteps;
			case BIZ_LOCATIONS -> events::bizLocations;
			case READ_POINTS -> events::readPoints;
			case DISPOSITIONS -> events::dispositions;
		};
		// A commune's vocabularies are hundreds of values: paged here rather than by the database.
		List<String> values = source.get().stream().map(Cbv::shortForm).distinct().toList();
		boolean more = values.size() > offset + perPage;
		List<String> shown = values.subList(Math.min(offset, values.size()), Math.min(offset + perPage, values.size()));
		String next = more ? Cursor.offsetToken(offset + perPage) : null;
		if (vocabulary.listType == null) {
			return new Page<>(EpcisJson.MAPPER.valueToTree(shown).toString(), next);
		}
		ObjectNode list = EpcisJson.MAPPER.createObjectNode();
		list.put("@context", EpcisJson.CONTEXT);
		list.put("type", vocabulary.listType);
		ArrayNode items = list.putArray(vocabulary.property);
		shown.forEach(items::add);
		return new Page<>(list.toString(), next);
	}

	private String queryDocument(List<EpcisEventRecord> records) {
		ObjectNode document = EpcisJson.document("EPCISQueryDocument", OffsetDateTime.now(clock).format(Traceability.EVENT_TIME));
		ObjectNode results = document.putObject("epcisBody").putObject("queryResults");
		results.put("queryName", "SimpleEventQuery");
		ArrayNode list = results.putObject("resultsBody").putArray("eventList");
		records.forEach(r -> list.add(EpcisJson.read(r.body())));
		return document.toString();
	}

	/** Where the next page starts: after the event at (time, id), with so many events served before. */
	private record Cursor(Instant time, Long id, int served) {

		static Cursor read(String token) {
			if (token == null) {
				return new Cursor(null, null, 0);
			}
			String[] parts = decode(token).split("\\|");
			try {
				return new Cursor(Instant.parse(parts[0]), Long.parseLong(parts[1]), Integer.parseInt(parts[2]));
			}
			catch (DateTimeParseException | NumberFormatException | ArrayIndexOutOfBoundsException ex) {
				throw EpcisQueryException.parameter("nextPageToken", token);
			}
		}

		String token() {
			return encode(time + "|" + id + "|" + served);
		}

		static int offset(String token) {
			if (token == null) {
				return 0;
			}
			try {
				return Integer.parseInt(decode(token).substring("offset:".length()));
			}
			catch (NumberFormatException | StringIndexOutOfBoundsException ex) {
				throw EpcisQueryException.parameter("nextPageToken", token);
			}
		}

		static String offsetToken(int offset) {
			return encode("offset:" + offset);
		}

		private static String encode(String text) {
			return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
		}

		private static String decode(String token) {
			try {
				return new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
			}
			catch (IllegalArgumentException ex) {
				throw EpcisQueryException.parameter("nextPageToken", token);
			}
		}

	}

}
