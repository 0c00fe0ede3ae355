package vn.langso.economy.web;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.langso.economy.BatchForm;
import vn.langso.economy.BatchView;
import vn.langso.economy.JourneyStep;
import vn.langso.economy.ProducerCatalog;
import vn.langso.economy.Producers;
import vn.langso.economy.ProductView;
import vn.langso.economy.StepForm;
import vn.langso.economy.Traceability;
import vn.langso.identity.CurrentUser;

/**
 * REST API of a producer's own products and batches (the producer pages' role): batches are created and
 * their steps recorded as EPCIS events, the same as on the phone; another producer's product or batch is a 404.
 */
@RestController
@RequestMapping("/api/v1")
@PreAuthorize("hasRole('PRODUCER')")
class EconomyApiController {

	private final Producers producers;

	private final ProducerCatalog catalog;

	private final Traceability traceability;

	EconomyApiController(Producers producers, ProducerCatalog catalog, Traceability traceability) {
		this.producers = producers;
		this.catalog = catalog;
		this.traceability = traceability;
	}

	@GetMapping("/products")
	List<ProductView> products(CurrentUser user) {
		return producers.productsOf(producers.own(user).id());
	}

	@GetMapping("/products/{id}")
	ProductView product(CurrentUser user, @PathVariable long id) {
		return catalog.product(user, id);
	}

	@GetMapping("/batches")
	List<BatchView> batches(CurrentUser user) {
		return traceability.batchesOf(user);
	}

	@GetMapping("/batches/{id}")
	BatchView batch(CurrentUser user, @PathVariable long id) {
		return traceability.batch(user, id);
	}

	@PostMapping("/batches")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<BatchView> createBatch(CurrentUser user, @Valid @RequestBody BatchForm form) {
		BatchView batch = traceability.createBatch(user, form);
		return ResponseEntity.created(URI.create("/api/v1/batches/" + batch.id())).body(batch);
	}

	@GetMapping("/batches/{id}/steps")
	List<JourneyStep> steps(CurrentUser user, @PathVariable long id) {
		traceability.batch(user, id);
		return traceability.journey(id);
	}

	/** Records one step of the batch's life as an EPCIS event (checked, hashed, stored). */
	@PostMapping("/batches/{id}/steps")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<JourneyStep> recordStep(CurrentUser user, @PathVariable long id, @Valid @RequestBody StepForm form) {
		JourneyStep step = traceability.recordStep(user, id, form);
		return ResponseEntity.created(URI.create("/api/v1/batches/" + id + "/steps")).body(step);
	}

	/** The batch's events as one EPCIS 2.0 document. */
	@GetMapping(value = "/batches/{id}/epcis", produces = { "application/ld+json" })
	String epcisDocument(CurrentUser user, @PathVariable long id) {
		return traceability.document(user, id);
	}

}
