package vn.langso.catalog.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import vn.langso.identity.Role;
import org.springframework.web.bind.annotation.RequestParam;
import vn.langso.catalog.Catalog;
import vn.langso.catalog.FeeRule;
import vn.langso.catalog.ProcedureDocument;
import vn.langso.catalog.ProcedureForm;
import vn.langso.catalog.ProcedureView;
import vn.langso.catalog.ProvinceFees;
import vn.langso.catalog.ServiceLevel;
import vn.langso.catalog.WorkflowStep;
import vn.langso.identity.CurrentUser;
import vn.langso.shared.InvalidInputException;

/**
 * Administrators edit a procedure without code: documents and workflow steps one per line, the form
 * as JSON Schema. Saving writes a new version; dossiers already filed keep theirs.
 */
@Controller
@PreAuthorize("hasRole('ADMINISTRATOR')")
class ProcedureAdminController {

	private final Catalog catalog;

	private final MessageSource messages;

	private final ProvinceFees fees;

	ProcedureAdminController(Catalog catalog, MessageSource messages, ProvinceFees fees) {
		this.catalog = catalog;
		this.messages = messages;
		this.fees = fees;
	}

	/** The edit form as text fields. */
	record EditForm(String code, String name, String field, String legalBasis, String documents, FeeRule feeRule,
			long feeVnd, long unitFeeVnd, String feeNote, int processingDays, String processingNote,
			ServiceLevel serviceLevel, String resultName, String formSchema, String workflow, String sourceUrl,
			String sourceNote, boolean verified) {

		static EditForm of(ProcedureView p) {
			StringBuilder documents = new StringBuilder();
			p.documents().forEach(d -> documents.append(d.key()).append(" | ").append(d.name()).append(" | ")
				.append(d.required() ? "bắt buộc" : "nếu có").append('\n'));
			StringBuilder workflow = new StringBuilder();
			p.workflow().forEach(w -> workflow.append(w.step()).append(" | ").append(w.role()).append(" | ")
				.append(w.sharePercent()).append('\n'));
			return new EditForm(p.code(), p.name(), p.field(), p.legalBasis(), documents.toString(), p.feeRule(), p.feeVnd(),
					p.unitFeeVnd(), p.feeNote(), p.processingDays(), p.processingNote(), p.serviceLevel(), p.resultName(),
					p.form().json(), workflow.toString(), p.sourceUrl(), p.sourceNote(), p.verified());
		}

		ProcedureForm toForm() {
			List<ProcedureDocument> docs = new ArrayList<>();
			for (String[] cells : lines(documents)) {
				docs.add(new ProcedureDocument(cells[0], cells.length > 1 ? cells[1] : "",
						cells.length < 3 || !cells[2].toLowerCase(Locale.ROOT).startsWith("n")));
			}
			List<WorkflowStep> steps = new ArrayList<>();
			for (String[] cells : lines(workflow)) {
				try {
					steps.add(new WorkflowStep(cells[0], cells.length > 1 ? cells[1] : "",
							cells.length > 2 ? Integer.parseInt(cells[2]) : 0));
				}
				catch (NumberFormatException ex) {
					throw new InvalidInputException("procedure.invalid.workflow");
				}
			}
			return new ProcedureForm(code, name, field, legalBasis, docs, feeRule, feeVnd, unitFeeVnd, feeNote,
					processingDays, processingNote, serviceLevel, resultName, formSchema, steps, sourceUrl, sourceNote,
					verified);
		}

		private static List<String[]> lines(String text) {
			List<String[]> rows = new ArrayList<>();
			for (String line : (text == null ? "" : text).split("\\R")) {
				if (!line.isBlank()) {
					rows.add(java.util.Arrays.stream(line.split("\\|")).map(String::strip).toArray(String[]::new));
				}
			}
			return rows;
		}

	}

	@GetMapping("/staff/thu-tuc")
	String list(CurrentUser user, Model model) {
		model.addAttribute("procedures", catalog.search(null));
		model.addAttribute("provinceAdmin", user.isProvinceWide());
		return "catalog/admin-list";
	}

	@GetMapping("/staff/thu-tuc/{code}")
	String edit(CurrentUser user, @PathVariable String code, Model model) {
		model.addAttribute("form", EditForm.of(catalog.current(code)));
		provinceFee(user, code, model);
		return "catalog/admin-edit";
	}

	/** The province's own fee (HĐND resolution); province administrators only, checked by the service. */
	@PostMapping("/staff/thu-tuc/{code}/phi-tinh")
	String setProvinceFee(CurrentUser user, @PathVariable String code, @RequestParam(defaultValue = "-1") long feeVnd,
			@RequestParam(defaultValue = "-1") long unitFeeVnd, @RequestParam(required = false) String feeNote,
			@RequestParam(required = false) String sourceNote, Model model, Locale locale) {
		try {
			fees.set(user, code, feeVnd, unitFeeVnd, feeNote, sourceNote);
			return "redirect:/staff/thu-tuc/" + code + "?provinceFee";
		}
		catch (InvalidInputException refused) {
			model.addAttribute("form", EditForm.of(catalog.current(code)));
			model.addAttribute("feeProblem", messages.getMessage(refused.messageKey(), refused.arguments(), locale));
			provinceFee(user, code, model);
			return "catalog/admin-edit";
		}
	}

	@PostMapping("/staff/thu-tuc/{code}/phi-tinh/xoa")
	String removeProvinceFee(CurrentUser user, @PathVariable String code) {
		fees.remove(user, code);
		return "redirect:/staff/thu-tuc/" + code + "?provinceFee";
	}

	private void provinceFee(CurrentUser user, String code, Model model) {
		model.addAttribute("history", catalog.history(code));
		model.addAttribute("provinceAdmin", user.isProvinceWide() && user.has(vn.langso.identity.Role.ADMINISTRATOR));
		model.addAttribute("provinceFee", fees.of(user.provinceId(), code).orElse(null));
	}

	@PostMapping("/staff/thu-tuc/{code}")
	@PreAuthorize(Role.PROVINCE_ADMINISTRATOR) // the catalogue serves every commune of the province
	String save(CurrentUser user, @PathVariable String code, @ModelAttribute("form") EditForm form,
			org.springframework.validation.BindingResult binding, Model model, Locale locale) {
		if (binding.hasErrors()) {
			model.addAttribute("problem", messages.getMessage("procedure.invalid.numbers", null, locale));
			provinceFee(user, code, model);
			return "catalog/admin-edit";
		}
		try {
			catalog.publish(form.toForm(), user.fullName());
			return "redirect:/staff/thu-tuc/" + form.code() + "?saved";
		}
		catch (InvalidInputException refused) {
			model.addAttribute("problem", messages.getMessage(refused.messageKey(), refused.arguments(), locale));
			provinceFee(user, code, model);
			return "catalog/admin-edit";
		}
	}

	@org.springframework.context.annotation.Bean
	static vn.langso.shared.NavigationLink procedureAdminLink() {
		return new vn.langso.shared.NavigationLink("nav.procedures", "/staff/thu-tuc", java.util.Set.of("ADMINISTRATOR"), 700);
	}

}
