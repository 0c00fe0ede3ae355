package vn.langso.economy.web;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.langso.economy.CaptureJobView;
import vn.langso.economy.Epcis;
import vn.langso.economy.EpcisQuery;
import vn.langso.economy.EpcisRefused;
import vn.langso.economy.Producers;
import vn.langso.identity.HasCurrentUser;
import vn.langso.shared.ForbiddenException;
import vn.langso.shared.InvalidInputException;

/**
 * EPCIS 2.0 REST binding (subset): {@code POST /epcis/capture} takes an EPCISDocument in JSON-LD and
 * answers 202 with the capture job's location; {@code GET /epcis/capture/{id}} shows the job;
 * {@code GET /epcis/events} answers the simple event query with an EPCISQueryDocument.
 */
@RestController
@RequestMapping("/epcis")
class EpcisController {

	static final MediaType JSON_LD = MediaType.parseMediaType("application/ld+json");

	private final Epcis epcis;

	private final Producers producers;

	private final MessageSource messages;

	EpcisController(Epcis epcis, Producers producers, MessageSource messages) {
		this.epcis = epcis;
		this.producers = producers;
		this.messages = messages;
	}

	@PostMapping(value = "/capture", consumes = { "application/json", "application/ld+json" })
	ResponseEntity<CaptureJobView> capture(@RequestBody String document) {
		CaptureJobView job = epcis.capture(producerId(), document);
		return ResponseEntity.accepted()
			.location(URI.create("/epcis/capture/" + job.id()))
			.header("GS1-EPCIS-Version", "2.0.0")
			.header("GS1-CBV-Version", "2.0.0")
			.body(job);
	}

	@GetMapping("/capture/{id}")
	CaptureJobView job(@PathVariable long id) {
		return epcis.job(producerId(), id);
	}

	@GetMapping(value = "/events", produces = { "application/ld+json", "application/json" })
	ResponseEntity<String> events(@RequestParam Map<String, String> parameters) {
		EpcisQuery query = new EpcisQuery(list(parameters.get("eventType")), list(parameters.get("EQ_bizStep")),
				list(parameters.get("EQ_bizLocation")), list(parameters.get("MATCH_epc")), time(parameters.get("GE_eventTime")),
				time(parameters.get("LT_eventTime")), parameters.containsKey("perPage") ? perPage(parameters.get("perPage")) : 100);
		return ResponseEntity.ok().contentType(JSON_LD).header("GS1-EPCIS-Version", "2.0.0").body(epcis.query(query));
	}

	@ExceptionHandler(EpcisRefused.class)
	ResponseEntity<ProblemDetail> refused(EpcisRefused refused) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
		problem.setType(URI.create("epcisException:ValidationException"));
		problem.setTitle(messages.getMessage("epcis.refused.title", null, locale));
		problem.setDetail(messages.getMessage("epcis.refused.detail", null, locale));
		problem.setProperty("errors", refused.problems().stream()
			.map(p -> Map.of("event", p.eventIndex(), "message",
					messages.getMessage(p.messageKey(), p.arguments().toArray(), p.messageKey(), locale)))
			.toList());
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private long producerId() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		Object principal = authentication == null ? null : authentication.getPrincipal();
		if (principal instanceof EpcisSecurity.ApiKeyProducer key) {
			return key.producerId();
		}
		if (principal instanceof HasCurrentUser signedIn) {
			return producers.producerForAccount(signedIn.user().accountId())
				.orElseThrow(() -> new ForbiddenException("no producer"));
		}
		throw new ForbiddenException("not a producer");
	}

	private static List<String> list(String value) {
		return value == null || value.isBlank() ? null : Arrays.stream(value.split(",")).map(String::trim).toList();
	}

	private static Instant time(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException("epcis.query.time", value);
		}
	}

	private static int perPage(String value) {
		try {
			return Integer.parseInt(value);
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException("epcis.query.perPage", value);
		}
	}

}
