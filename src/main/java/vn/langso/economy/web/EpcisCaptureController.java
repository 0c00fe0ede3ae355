package vn.langso.economy.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.langso.economy.CaptureJobView;
import vn.langso.economy.Epcis;
import vn.langso.economy.Producers;
import vn.langso.identity.HasCurrentUser;
import vn.langso.shared.ForbiddenException;
import vn.langso.shared.NotFoundException;

/**
 * EPCIS 2.0 REST binding, capture side: {@code POST /epcis/capture} takes an EPCISDocument in JSON-LD and
 * answers 202 with the capture job's location; {@code GET /epcis/capture} lists the producer's jobs and
 * {@code GET /epcis/capture/{captureID}} shows one, in the binding's CaptureJob shape.
 */
@RestController
@RequestMapping("/epcis")
class EpcisCaptureController {

	private final Epcis epcis;

	private final Producers producers;

	EpcisCaptureController(Epcis epcis, Producers producers) {
		this.epcis = epcis;
		this.producers = producers;
	}

	@PostMapping(value = "/capture", consumes = { "application/json", "application/ld+json" })
	ResponseEntity<CaptureJobView> capture(@RequestBody String document) {
		CaptureJobView job = epcis.capture(producerId(), document);
		return EpcisHeaders.versioned(ResponseEntity.accepted())
			.location(URI.create("/epcis/capture/" + job.captureID()))
			.header("GS1-Capture-Error-Behaviour", job.captureErrorBehaviour())
			.body(job);
	}

	@GetMapping("/capture")
	ResponseEntity<List<CaptureJobView>> jobs() {
		return EpcisHeaders.versioned(ResponseEntity.ok()).body(epcis.jobs(producerId()));
	}

	@GetMapping("/capture/{captureID}")
	ResponseEntity<CaptureJobView> job(@PathVariable String captureID) {
		long id;
		try {
			id = Long.parseLong(captureID);
		}
		catch (NumberFormatException ex) {
			throw new NotFoundException("capture job " + captureID);
		}
		CaptureJobView job = epcis.job(producerId(), id);
		return EpcisHeaders.versioned(ResponseEntity.ok())
			.header("GS1-Capture-Error-Behaviour", job.captureErrorBehaviour())
			.body(job);
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

}
