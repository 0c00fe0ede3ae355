package vn.langso.dossier.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import vn.langso.catalog.Catalog;
import vn.langso.catalog.ProcedureView;
import vn.langso.dossier.CounterIntake;
import vn.langso.dossier.DossierChannel;
import vn.langso.dossier.DossierPapers;
import vn.langso.dossier.DossierView;
import vn.langso.dossier.DossierWorkflow;
import vn.langso.dossier.SubmissionRefused;
import vn.langso.identity.CurrentUser;
import vn.langso.identity.Role;
import vn.langso.shared.InvalidInputException;
import vn.langso.shared.NavigationLink;

/**
 * The one-stop desk: pick the procedure, find the citizen by CCCD (or type their details), fill the
 * form for them, attach the scanned papers, receive, print the receipt.
 */
@Controller
@PreAuthorize("hasRole('ONE_STOP_OFFICER')")
class CounterController {

	private final Catalog catalog;

	private final CounterIntake intake;

	private final DossierWorkflow workflow;

	private final DossierPapers papers;

	private final MessageSource messages;

	CounterController(Catalog catalog, CounterIntake intake, DossierWorkflow workflow, DossierPapers papers,
			MessageSource messages) {
		this.catalog = catalog;
		this.intake = intake;
		this.workflow = workflow;
		this.papers = papers;
		this.messages = messages;
	}

	@GetMapping("/staff/mot-cua")
	String procedures(@RequestParam(required = false) String q, Model model) {
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("procedures", catalog.search(q));
		return "dossier/staff/counter-procedures";
	}

	@GetMapping("/staff/mot-cua/{code}")
	String form(CurrentUser user, @PathVariable String code, @RequestParam(required = false) String cccd, Model model,
			Locale locale) {
		ProcedureView procedure = catalog.current(code);
		Map<String, String> values = new LinkedHashMap<>();
		Map<String, String> errors = new LinkedHashMap<>();
		if (cccd != null && !cccd.isBlank()) {
			try {
				CounterIntake.Applicant applicant = intake.find(user, procedure, cccd);
				values.putAll(applicant.values());
				model.addAttribute("applicant", applicant);
			}
			catch (InvalidInputException refused) {
				errors.put("cccd", messages.getMessage(refused.messageKey(), null, locale));
			}
		}
		return page(model, procedure, cccd, values, UUID.randomUUID().toString(), DossierChannel.COUNTER, errors);
	}

	@PostMapping("/staff/mot-cua/{code}")
	String file(CurrentUser user, @PathVariable String code, @RequestParam String submissionKey,
			@RequestParam(defaultValue = "COUNTER") DossierChannel channel, MultipartHttpServletRequest request,
			Model model, Locale locale) {
		Map<String, String> values = WebForms.values(request.getParameterMap());
		try {
			DossierView dossier = intake.file(user, code, channel, submissionKey, values, WebForms.uploads(request));
			return "redirect:/staff/mot-cua/ho-so/" + dossier.id();
		}
		catch (SubmissionRefused refused) {
			return page(model, catalog.current(code), values.get("applicantId"), values, submissionKey, channel,
					WebForms.messages(refused.problems(), messages, locale));
		}
	}

	@GetMapping("/staff/mot-cua/ho-so/{id}")
	String receipt(CurrentUser user, @PathVariable long id, Model model) {
		model.addAttribute("dossier", workflow.read(user, id));
		return "dossier/staff/counter-receipt";
	}

	@GetMapping("/staff/mot-cua/ho-so/{id}/bien-nhan.pdf")
	ResponseEntity<byte[]> receiptPdf(CurrentUser user, @PathVariable long id) {
		return MyDossiersController.pdf(papers.receipt(user, id, WebForms.baseUrl() + "/tra-cuu"));
	}

	private String page(Model model, ProcedureView procedure, String cccd, Map<String, String> values,
			String submissionKey, DossierChannel channel, Map<String, String> errors) {
		model.addAttribute("procedure", procedure);
		model.addAttribute("cccd", cccd == null ? "" : cccd);
		model.addAttribute("values", values);
		model.addAttribute("submissionKey", submissionKey);
		model.addAttribute("channel", channel);
		model.addAttribute("channels", new DossierChannel[] { DossierChannel.COUNTER, DossierChannel.SERVICE_POINT });
		model.addAttribute("errors", errors);
		return "dossier/staff/counter-form";
	}

	@Bean
	static NavigationLink counterIntakeLink() {
		return new NavigationLink("nav.counter", "/staff/mot-cua", Role.names(Role.ONE_STOP_OFFICER), 90);
	}

}
