package vn.langso.economy.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.langso.economy.EpcisQueries;
import vn.langso.economy.EpcisQueries.Vocabulary;
import vn.langso.economy.EpcisQuery;
import vn.langso.economy.EpcisQueryException;
import vn.langso.shared.NotFoundException;

/**
 * EPCIS 2.0 REST binding, query side: the events resources (all events, by event type, by business step,
 * disposition, read point, business location or EPC), one event by its eventID, and the top-level lists.
 * Every events resource takes the query language's URL parameters; results come in pages of {@code perPage}
 * with a {@code Link: <...>; rel="next"} header while more remain.
 */
@RestController
@RequestMapping(value = "/epcis", produces = { "application/ld+json", MediaType.APPLICATION_JSON_VALUE })
class EpcisQueryController {

	private static final List<String> TOP_LEVEL = List.of("events", "eventTypes", "epcs", "bizSteps", "bizLocations",
			"readPoints", "dispositions", "capture");

	private final EpcisQueries queries;

	EpcisQueryController(EpcisQueries queries) {
		this.queries = queries;
	}

	@GetMapping({ "", "/" })
	ResponseEntity<List<String>> topLevel() {
		return EpcisHeaders.versioned(ResponseEntity.ok()).contentType(MediaType.APPLICATION_JSON).body(TOP_LEVEL);
	}

	@GetMapping("/events")
	ResponseEntity<String> events(@RequestParam MultiValueMap<String, String> parameters, HttpServletRequest request) {
		return page(queries.query(EpcisQuery.parse(parameters)), request);
	}

	@GetMapping("/events/{eventID}")
	ResponseEntity<String> event(@PathVariable String eventID) {
		return queries.event(eventID)
			.map(document -> EpcisHeaders.versioned(ResponseEntity.ok()).body(document))
			.orElseThrow(() -> new NotFoundException("event " + eventID));
	}

	@GetMapping("/eventTypes/{eventType}/events")
	ResponseEntity<String> byType(@PathVariable String eventType, @RequestParam MultiValueMap<String, String> parameters,
			HttpServletRequest request) {
		if (!EpcisQuery.isEventType(eventType)) {
			throw new NotFoundException("event type " + eventType);
		}
		return byResource("eventType", eventType, parameters, request);
	}

	@GetMapping("/bizSteps/{bizStep}/events")
	ResponseEntity<String> byBizStep(@PathVariable String bizStep, @RequestParam MultiValueMap<String, String> parameters,
			HttpServletRequest request) {
		return byResource("EQ_bizStep", bizStep, parameters, request);
	}

	@GetMapping("/dispositions/{disposition}/events")
	ResponseEntity<String> byDisposition(@PathVariable String disposition,
			@RequestParam MultiValueMap<String, String> parameters, HttpServletRequest request) {
		return byResource("EQ_disposition", disposition, parameters, request);
	}

	@GetMapping("/readPoints/{readPoint}/events")
	ResponseEntity<String> byReadPoint(@PathVariable String readPoint, @RequestParam MultiValueMap<String, String> parameters,
			HttpServletRequest request) {
		return byResource("EQ_readPoint", readPoint, parameters, request);
	}

	@GetMapping("/bizLocations/{bizLocation}/events")
	ResponseEntity<String> byBizLocation(@PathVariable String bizLocation,
			@RequestParam MultiValueMap<String, String> parameters, HttpServletRequest request) {
		return byResource("EQ_bizLocation", bizLocation, parameters, request);
	}

	@GetMapping("/epcs/{epc}/events")
	ResponseEntity<String> byEpc(@PathVariable String epc, @RequestParam MultiValueMap<String, String> parameters,
			HttpServletRequest request) {
		return byResource("MATCH_anyEPC", epc, parameters, request);
	}

	@GetMapping("/eventTypes")
	ResponseEntity<String> eventTypes(@RequestParam MultiValueMap<String, String> parameters, HttpServletRequest request) {
		return vocabulary(Vocabulary.EVENT_TYPES, parameters, request);
	}

	@GetMapping("/epcs")
	ResponseEntity<String> epcs(@RequestParam MultiValueMap<String, String> parameters, HttpServletRequest request) {
		return vocabulary(Vocabulary.EPCS, parameters, request);
	}

	@GetMapping("/bizSteps")
	ResponseEntity<String> bizSteps(@RequestParam MultiValueMap<String, String> parameters, HttpServletRequest request) {
		return vocabulary(Vocabulary.BIZ_STEPS, parameters, request);
	}

	@GetMapping("/bizLocations")
	ResponseEntity<String> bizLocations(@RequestParam MultiValueMap<String, String> parameters, HttpServletRequest request) {
		return vocabulary(Vocabulary.BIZ_LOCATIONS, parameters, request);
	}

	@GetMapping("/readPoints")
	ResponseEntity<String> readPoints(@RequestParam MultiValueMap<String, String> parameters, HttpServletRequest request) {
		return vocabulary(Vocabulary.READ_POINTS, parameters, request);
	}

	@GetMapping("/dispositions")
	ResponseEntity<String> dispositions(@RequestParam MultiValueMap<String, String> parameters, HttpServletRequest request) {
		return vocabulary(Vocabulary.DISPOSITIONS, parameters, request);
	}

	/** The resource in the path is one more condition; the same condition in the query string too is refused. */
	private ResponseEntity<String> byResource(String parameter, String value, MultiValueMap<String, String> parameters,
			HttpServletRequest request) {
		Map<String, List<String>> all = new LinkedHashMap<>(parameters);
		if (all.containsKey(parameter)) {
			throw EpcisQueryException.conflict(parameter);
		}
		all.put(parameter, List.of(value));
		return page(queries.query(EpcisQuery.parse(all)), request);
	}

	private ResponseEntity<String> vocabulary(Vocabulary vocabulary, MultiValueMap<String, String> parameters,
			HttpServletRequest request) {
		EpcisQuery.Paging paging = EpcisQuery.paging(parameters);
		EpcisQueries.Page<String> page = queries.vocabulary(vocabulary, paging.perPage(), paging.nextPageToken());
		ResponseEntity.BodyBuilder response = withNext(EpcisHeaders.versioned(ResponseEntity.ok()), page.nextPageToken(),
				request);
		if (vocabulary == Vocabulary.EPCS) {
			response.contentType(MediaType.APPLICATION_JSON);
		}
		return response.body(page.content());
	}

	private static ResponseEntity<String> page(EpcisQueries.Page<String> page, HttpServletRequest request) {
		return withNext(EpcisHeaders.versioned(ResponseEntity.ok()), page.nextPageToken(), request).body(page.content());
	}

	/** RFC 8288 link to the next page: the same request with the next page's token. */
	private static ResponseEntity.BodyBuilder withNext(ResponseEntity.BodyBuilder response, String token,
			HttpServletRequest request) {
		if (token == null) {
			return response;
		}
		String next = ServletUriComponentsBuilder.fromRequest(request).replaceQueryParam("nextPageToken", token)
			.build().toUriString();
		return response.header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
	}

}
