package vn.langso.dossier.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import vn.langso.dossier.DossierAction;
import vn.langso.dossier.DossierFees;
import vn.langso.dossier.DossierPapers;
import vn.langso.dossier.DossierView;
import vn.langso.dossier.DossierWorkflow;
import vn.langso.dossier.Dossiers;
import vn.langso.dossier.HistoryView;
import vn.langso.dossier.InboxFilter;
import vn.langso.dossier.InboxView;
import vn.langso.dossier.RatingForm;
import vn.langso.dossier.RatingStatistics;
import vn.langso.dossier.Ratings;
import vn.langso.dossier.SubmissionRefused;
import vn.langso.dossier.TrackingView;
import vn.langso.dossier.VerificationView;
import vn.langso.identity.CurrentUser;
import vn.langso.payment.PaymentRequestView;
import vn.langso.shared.InvalidInputException;
import vn.langso.shared.NotFoundException;

/** The dossier REST API, for a mobile app: the same services and rules as the pages. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Dossiers", description = "Online dossiers, the one-stop workflow, tracking, e-result verification, ratings")
class DossierApiController {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Dossiers dossiers;

	private final DossierWorkflow workflow;

	private final DossierPapers papers;

	private final DossierFees fees;

	private final Ratings ratings;

	private final MessageSource messages;

	DossierApiController(Dossiers dossiers, DossierWorkflow workflow, DossierPapers papers, DossierFees fees,
			Ratings ratings, MessageSource messages) {
		this.dossiers = dossiers;
		this.workflow = workflow;
		this.papers = papers;
		this.fees = fees;
		this.ratings = ratings;
		this.messages = messages;
	}

	@PostMapping(path = "/dossiers", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "File a dossier (citizens): part 'values' is the form as a JSON object, files are parts "
			+ "named doc_<document key>; the Idempotency-Key header makes retries return the same dossier")
	ResponseEntity<DossierView> submit(CurrentUser user, @RequestHeader("Idempotency-Key") String idempotencyKey,
			@RequestParam long communeId, @RequestParam String procedureCode, @RequestParam String values,
			@RequestParam(defaultValue = "true") boolean submit, MultipartHttpServletRequest request) {
		Map<String, String> typed;
		try {
			typed = JSON.readValue(values, new TypeReference<Map<String, String>>() {
			});
		}
		catch (RuntimeException ex) {
			throw new InvalidInputException("dossier.refused");
		}
		DossierView dossier = dossiers.submit(user, communeId, procedureCode, idempotencyKey, typed,
				WebForms.uploads(request), submit);
		return ResponseEntity.status(HttpStatus.CREATED).body(dossier);
	}

	@GetMapping("/dossiers")
	@Operation(summary = "The signed-in citizen's own dossiers")
	List<DossierView> own(CurrentUser user) {
		return dossiers.ownDossiers(user);
	}

	@GetMapping("/dossiers/{id}")
	@Operation(summary = "One dossier: its applicant's, or for officials of its commune (audited)")
	DossierView one(CurrentUser user, @PathVariable long id) {
		try {
			return dossiers.own(user, id);
		}
		catch (NotFoundException notOwn) {
			return workflow.read(user, id);
		}
	}

	@GetMapping("/dossiers/{id}/history")
	List<HistoryView> history(CurrentUser user, @PathVariable long id) {
		try {
			return dossiers.ownHistory(user, id);
		}
		catch (NotFoundException notOwn) {
			return workflow.history(user, id);
		}
	}

	record Move(String comment) {
	}

	@PostMapping("/dossiers/{id}/actions/{action}")
	@Operation(summary = "A workflow move by an official: receive, refuse, request-supplement, hand-over, process, "
			+ "request-supplement-in-process, refuse-in-process, submit-for-approval, approve, refuse-at-approval, "
			+ "return-for-rework, issue-result, return-result, "
			+ "revoke-result; 403 when the step is not the caller's role, 409 from the wrong status")
	DossierView move(CurrentUser user, @PathVariable long id, @PathVariable String action,
			@RequestBody(required = false) Move move) {
		return workflow.perform(user, id, DossierAction.fromSlug(action), move == null ? null : move.comment(),
				WebForms.baseUrl());
	}

	@GetMapping("/inbox")
	@PreAuthorize("hasAnyRole('ONE_STOP_OFFICER', 'SPECIALIST', 'COMMUNE_LEADER', 'PROVINCE_OVERSEER')") // the staff inbox page's roles
	@Operation(summary = "The official's inbox: dossiers waiting for a step of their role, with counts")
	InboxView inbox(CurrentUser user, @RequestParam(defaultValue = "ALL") InboxFilter filter,
			@RequestParam(required = false) String procedure, @RequestParam(required = false) Long commune,
			@RequestParam(defaultValue = "0") int page) {
		return workflow.inbox(user, commune, filter, procedure, Math.max(page, 0));
	}

	@GetMapping("/dossiers/{id}/payment")
	@Operation(summary = "The VietQR payment request of the dossier's fee (404 when nothing is due)")
	PaymentRequestView payment(CurrentUser user, @PathVariable long id) {
		return fees.paymentFor(user, id).orElseThrow(() -> new NotFoundException("no fee"));
	}

	@PostMapping("/dossiers/{id}/rating")
	@Operation(summary = "Rate the service once the dossier has its result (0, 1 or 2 per criterion)")
	ResponseEntity<Void> rate(CurrentUser user, @PathVariable long id, @Valid @RequestBody RatingForm form) {
		ratings.rate(user, id, form);
		return ResponseEntity.status(HttpStatus.CREATED).build();
	}

	@GetMapping("/tracking")
	@Operation(summary = "Public status lookup by dossier code and the secret printed on the receipt")
	TrackingView track(@RequestParam String code, @RequestParam String secret) {
		return papers.track(code, secret).orElseThrow(() -> new NotFoundException("dossier"));
	}

	@GetMapping("/verification/{serial}")
	@Operation(summary = "Public verification of an e-result: VALID, REVOKED or UNKNOWN, non-sensitive fields only")
	VerificationView verify(@PathVariable String serial) {
		return papers.verify(serial);
	}

	@GetMapping("/communes/{communeId}/ratings")
	@Operation(summary = "Public satisfaction statistics of a commune, per procedure")
	RatingStatistics statistics(@PathVariable long communeId) {
		return ratings.statistics(communeId);
	}

	/** A refused form: the problem details carry each field's message. */
	@ExceptionHandler(SubmissionRefused.class)
	ProblemDetail refused(SubmissionRefused refused) {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
		problem.setTitle(messages.getMessage("error.400.title", null, "error.400.title", LocaleContextHolder.getLocale()));
		problem.setDetail(messages.getMessage("dossier.refused", null, LocaleContextHolder.getLocale()));
		problem.setProperty("errors", WebForms.messages(refused.problems(), messages, LocaleContextHolder.getLocale()));
		return problem;
	}

}
