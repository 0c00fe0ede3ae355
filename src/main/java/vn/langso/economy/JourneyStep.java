package vn.langso.economy;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * One event of a batch's journey as the public trace page shows it.
 *
 * @param step the LàngSố step, or null for an event captured from another system
 * @param place a growing-area code, "site" for the producer's premises, or the raw location URI
 */
public record JourneyStep(BatchStep step, String eventType, String bizStep, OffsetDateTime at, String place,
		BigDecimal quantity, String uom, String note, String eventId) {
}
