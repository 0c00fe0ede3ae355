package vn.langso.economy.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.validation.Valid;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.langso.economy.BatchForm;
import vn.langso.economy.BatchStep;
import vn.langso.economy.BatchView;
import vn.langso.economy.Marketplace;
import vn.langso.economy.ProducerView;
import vn.langso.economy.Producers;
import vn.langso.economy.StepForm;
import vn.langso.economy.Traceability;
import vn.langso.identity.CurrentUser;
import vn.langso.shared.InvalidInputException;

/**
 * The producer's phone pages: products, growing areas on a map, batches; recording a batch's steps;
 * printing its QR labels; the API key for EPCIS capture; buyers' messages.
 */
@Controller
@RequestMapping("/tai-khoan/san-xuat")
@PreAuthorize("hasRole('PRODUCER')")
class ProducerController {

	private final Producers producers;

	private final Traceability traceability;

	private final Marketplace marketplace;

	private final Clock clock;

	ProducerController(Producers producers, Traceability traceability, Marketplace marketplace, Clock clock) {
		this.producers = producers;
		this.traceability = traceability;
		this.marketplace = marketplace;
		this.clock = clock;
	}

	@GetMapping
	String home(CurrentUser user, Model model) {
		ProducerView producer = producers.own(user);
		model.addAttribute("producer", producer);
		model.addAttribute("products", producers.productsOf(producer.id()));
		model.addAttribute("areas", producers.growingAreasOf(producer.id()));
		model.addAttribute("batches", traceability.batchesOf(user));
		model.addAttribute("inquiries", marketplace.inquiriesFor(user));
		if (!model.containsAttribute("batchForm")) {
			model.addAttribute("batchForm", new BatchForm(null, null, "", null));
		}
		return "economy/producer";
	}

	@PostMapping("/lo")
	String createBatch(CurrentUser user, @Valid @ModelAttribute("batchForm") BatchForm form, BindingResult errors, Model model) {
		if (!errors.hasErrors()) {
			try {
				BatchView batch = traceability.createBatch(user, form);
				return "redirect:/tai-khoan/san-xuat/lo/" + batch.id();
			}
			catch (InvalidInputException refused) {
				errors.reject(refused.messageKey(), refused.arguments(), refused.messageKey());
			}
		}
		return home(user, model);
	}

	@GetMapping("/lo/{id}")
	String batch(CurrentUser user, @PathVariable long id, Model model) {
		BatchView batch = traceability.batch(user, id);
		model.addAttribute("batch", batch);
		model.addAttribute("journey", traceability.journey(id));
		model.addAttribute("steps", BatchStep.values());
		if (!model.containsAttribute("stepForm")) {
			model.addAttribute("stepForm", new StepForm(next(batch), LocalDateTime.now(clock).withSecond(0).withNano(0),
					batch.quantity(), ""));
		}
		return "economy/batch";
	}

	@PostMapping("/lo/{id}/buoc")
	String recordStep(CurrentUser user, @PathVariable long id, @Valid @ModelAttribute("stepForm") StepForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				traceability.recordStep(user, id, form);
				redirect.addFlashAttribute("recorded", form.step());
				return "redirect:/tai-khoan/san-xuat/lo/" + id;
			}
			catch (InvalidInputException refused) {
				errors.reject(refused.messageKey(), refused.arguments(), refused.messageKey());
			}
		}
		return batch(user, id, model);
	}

	@GetMapping(value = "/lo/{id}/nhan.pdf")
	ResponseEntity<byte[]> labels(CurrentUser user, @PathVariable long id, @RequestParam(defaultValue = "24") int count) {
		BatchView batch = traceability.batch(user, id);
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		byte[] pdf = LabelSheet.pdf(batch, producers.own(user).name(), base, Math.clamp(count, 1, 96));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("nhan-" + batch.lot() + ".pdf").build().toString())
			.body(pdf);
	}

	@GetMapping(value = "/lo/{id}/epcis.jsonld", produces = "application/ld+json")
	ResponseEntity<String> document(CurrentUser user, @PathVariable long id) {
		return ResponseEntity.ok().contentType(EpcisHeaders.JSON_LD).body(traceability.document(user, id));
	}

	@PostMapping("/khoa-api")
	String apiKey(CurrentUser user, RedirectAttributes redirect) {
		redirect.addFlashAttribute("apiKey", producers.issueApiKey(user));
		return "redirect:/tai-khoan/san-xuat";
	}

	/** The step a producer most likely records next, so the phone form needs one tap. */
	private static BatchStep next(BatchView batch) {
		if (batch.lastStep() == null) {
			return batch.growingAreaId() == null ? BatchStep.PROCESSING : BatchStep.HARVEST;
		}
		List<BatchStep> steps = List.of(BatchStep.values());
		int index = steps.indexOf(batch.lastStep());
		return index + 1 < steps.size() ? steps.get(index + 1) : batch.lastStep();
	}

	static String quantity(BigDecimal value) {
		return value == null ? "" : value.stripTrailingZeros().toPlainString();
	}

}
