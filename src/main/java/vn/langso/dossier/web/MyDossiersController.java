package vn.langso.dossier.web;

import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.langso.catalog.Catalog;
import vn.langso.dossier.DossierFees;
import vn.langso.dossier.DossierPapers;
import vn.langso.dossier.DossierView;
import vn.langso.dossier.Dossiers;
import vn.langso.dossier.Notifications;
import vn.langso.dossier.RatingForm;
import vn.langso.dossier.Ratings;
import vn.langso.dossier.SubmissionRefused;
import vn.langso.identity.CurrentUser;
import vn.langso.shared.ConflictException;
import vn.langso.shared.NotFoundException;
import vn.langso.shared.QrImages;

/** A citizen's own dossiers: list, detail with history, supplement, papers, fee payment, rating. */
@Controller
class MyDossiersController {

	private final Dossiers dossiers;

	private final DossierPapers papers;

	private final DossierFees fees;

	private final Ratings ratings;

	private final Notifications notifications;

	private final Catalog catalog;

	private final MessageSource messages;

	MyDossiersController(Dossiers dossiers, DossierPapers papers, DossierFees fees, Ratings ratings,
			Notifications notifications, Catalog catalog, MessageSource messages) {
		this.dossiers = dossiers;
		this.papers = papers;
		this.fees = fees;
		this.ratings = ratings;
		this.notifications = notifications;
		this.catalog = catalog;
		this.messages = messages;
	}

	@GetMapping("/tai-khoan/ho-so")
	String list(CurrentUser user, Model model) {
		model.addAttribute("dossiers", dossiers.ownDossiers(user));
		model.addAttribute("notifications", notifications.of(user));
		return "dossier/my-list";
	}

	@GetMapping("/tai-khoan/ho-so/{id}")
	String detail(CurrentUser user, @PathVariable long id, Model model) {
		DossierView dossier = dossiers.own(user, id);
		model.addAttribute("dossier", dossier);
		model.addAttribute("procedure", catalog.version(dossier.procedureId()).orElseThrow());
		model.addAttribute("history", dossiers.ownHistory(user, id));
		model.addAttribute("attachments", dossiers.ownAttachments(user, id));
		model.addAttribute("payment", fees.paymentFor(user, id).orElse(null));
		model.addAttribute("rating", ratings.ratingOf(user, id).orElse(null));
		if (!model.containsAttribute("ratingForm")) {
			model.addAttribute("ratingForm", new RatingForm(null, null, null, null, ""));
		}
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		return "dossier/my-detail";
	}

	@PostMapping("/tai-khoan/ho-so/{id}/bo-sung")
	String supplement(CurrentUser user, @PathVariable long id, MultipartHttpServletRequest request, Model model,
			Locale locale) {
		try {
			dossiers.resubmit(user, id, WebForms.values(request.getParameterMap()), WebForms.uploads(request));
			return "redirect:/tai-khoan/ho-so/" + id + "?resubmitted";
		}
		catch (SubmissionRefused refused) {
			model.addAttribute("errors", WebForms.messages(refused.problems(), messages, locale));
			return detail(user, id, model);
		}
	}

	@PostMapping("/tai-khoan/ho-so/{id}/danh-gia")
	String rate(CurrentUser user, @PathVariable long id, @Valid @ModelAttribute("ratingForm") RatingForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			model.addAttribute("ratingProblem", "dossier.rating.range");
			return detail(user, id, model);
		}
		try {
			ratings.rate(user, id, form);
		}
		catch (ConflictException refused) {
			redirect.addFlashAttribute("ratingProblem", refused.getMessage());
		}
		return "redirect:/tai-khoan/ho-so/" + id + "#danh-gia";
	}

	@GetMapping(value = "/tai-khoan/ho-so/{id}/thanh-toan.png", produces = MediaType.IMAGE_PNG_VALUE)
	ResponseEntity<byte[]> paymentQr(CurrentUser user, @PathVariable long id) {
		String qr = fees.paymentFor(user, id).orElseThrow(() -> new NotFoundException("no fee")).vietQr();
		return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, "no-store").body(QrImages.png(qr, 360));
	}

	@GetMapping("/tai-khoan/ho-so/{id}/bien-nhan.pdf")
	ResponseEntity<byte[]> receipt(CurrentUser user, @PathVariable long id) {
		return pdf(papers.receipt(user, id, WebForms.baseUrl() + "/tra-cuu"));
	}

	@GetMapping("/tai-khoan/ho-so/{id}/ket-qua.pdf")
	ResponseEntity<byte[]> result(CurrentUser user, @PathVariable long id) {
		return pdf(papers.result(user, id));
	}

	@GetMapping("/tai-khoan/ho-so/{id}/thu-xin-loi.pdf")
	ResponseEntity<byte[]> apology(CurrentUser user, @PathVariable long id) {
		return pdf(papers.apology(user, id));
	}

	@GetMapping("/tai-khoan/ho-so/{id}/tep/{attachmentId}")
	ResponseEntity<byte[]> attachment(CurrentUser user, @PathVariable long id, @PathVariable long attachmentId) {
		return pdf(papers.attachment(user, id, attachmentId));
	}

	static ResponseEntity<byte[]> pdf(DossierPapers.Paper paper) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(paper.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(paper.fileName(),
					java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(paper.content());
	}

}
