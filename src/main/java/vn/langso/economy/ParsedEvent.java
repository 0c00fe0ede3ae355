package vn.langso.economy;

import java.time.Instant;
import java.util.Set;

/**
 * A checked EPCIS event ready to store: web-URI forms of the CBV values and canonical identifiers, so
 * queries match whatever form the sender used.
 */
record ParsedEvent(String eventId, String type, String action, String bizStep, String disposition, Instant eventTime,
		String timeZoneOffset, String bizLocation, String readPoint, Set<String> epcs, String json) {
}
