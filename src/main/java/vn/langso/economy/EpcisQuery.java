package vn.langso.economy;

import java.time.Instant;
import java.util.List;

/**
 * The parameters of the EPCIS 2.0 simple event query this repository answers (REST binding
 * {@code GET /events}): any of them may be null.
 *
 * @param eventTypes eventType values, one of which must match
 * @param bizSteps EQ_bizStep values, in any CBV form
 * @param bizLocations EQ_bizLocation values
 * @param epcs MATCH_epc values; a trailing {@code *} matches a prefix
 */
public record EpcisQuery(List<String> eventTypes, List<String> bizSteps, List<String> bizLocations, List<String> epcs,
		Instant fromInclusive, Instant toExclusive, int perPage) {
}
