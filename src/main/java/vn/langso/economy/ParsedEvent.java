package vn.langso.economy;

import java.time.Instant;
import java.util.Set;

/**
 * A checked EPCIS event ready to store: web-URI forms of the CBV values and canonical identifiers, so
 * queries match whatever form the sender used. {@code epcs} holds every identifier the event names;
 * {@code keys} says in which role ({@link EventKeys}), for the MATCH_ family of query parameters.
 */
record ParsedEvent(String eventId, String type, String action, String bizStep, String disposition, Instant eventTime,
		String timeZoneOffset, String bizLocation, String readPoint, Set<String> epcs, Set<String> keys, String json) {
}
