package vn.langso.catalog.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.langso.catalog.ImportProblem;
import vn.langso.catalog.ProcedureImportView;
import vn.langso.catalog.ProcedureImports;
import vn.langso.identity.CurrentUser;
import vn.langso.shared.InvalidInputException;

/**
 * The province administrator imports the procedure list of a decision annex (Excel or CSV): upload,
 * progress, every line with its outcome and Vietnamese reasons, then publish all or nothing.
 */
@Controller
@PreAuthorize("hasRole('ADMINISTRATOR')")
class ProcedureImportController {

	private final ProcedureImports imports;

	private final MessageSource messages;

	ProcedureImportController(ProcedureImports imports, MessageSource messages) {
		this.imports = imports;
		this.messages = messages;
	}

	/** A line with its reasons already in the reader's language. */
	record Line(int line, String code, String name, ProcedureImportView.Outcome outcome, List<String> problems) {
	}

	@GetMapping("/staff/thu-tuc/nhap")
	String upload() {
		return "catalog/import";
	}

	@PostMapping("/staff/thu-tuc/nhap")
	String start(CurrentUser user, @RequestParam(required = false) MultipartFile file,
			@RequestParam(defaultValue = "false") boolean provinceFees, Model model, Locale locale) throws IOException {
		try {
			String id = imports.start(user, file == null ? null : file.getOriginalFilename(),
					file == null ? null : file.getBytes(), provinceFees);
			return "redirect:/staff/thu-tuc/nhap/" + id;
		}
		catch (InvalidInputException refused) {
			model.addAttribute("problem", messages.getMessage(refused.messageKey(), refused.arguments(), locale));
			return "catalog/import";
		}
	}

	@GetMapping("/staff/thu-tuc/nhap/{id}")
	String job(CurrentUser user, @PathVariable String id, Model model, Locale locale) {
		fill(model, imports.status(user, id), locale);
		return "catalog/import-job";
	}

	@GetMapping("/staff/thu-tuc/nhap/{id}/tien-do")
	String progress(CurrentUser user, @PathVariable String id, Model model, Locale locale) {
		fill(model, imports.status(user, id), locale);
		return "catalog/import-job :: progress";
	}

	@PostMapping("/staff/thu-tuc/nhap/{id}/xac-nhan")
	String publish(CurrentUser user, @PathVariable String id, Model model, Locale locale) {
		try {
			fill(model, imports.publish(user, id), locale);
		}
		catch (InvalidInputException refused) {
			fill(model, imports.status(user, id), locale);
			model.addAttribute("problem", messages.getMessage(refused.messageKey(), refused.arguments(), locale));
		}
		return "catalog/import-job";
	}

	/** The commune list LàngSố ships, in the layout the importer reads: a template and an example. */
	@GetMapping(value = "/staff/thu-tuc/mau-nhap.csv", produces = "text/csv")
	ResponseEntity<byte[]> template() throws IOException {
		try (InputStream in = getClass().getResourceAsStream("/catalog/commune-procedures.csv")) {
			return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename("danh-muc-thu-tuc-cap-xa.csv").build().toString())
				.body(in.readAllBytes());
		}
	}

	private void fill(Model model, ProcedureImportView job, Locale locale) {
		model.addAttribute("job", job);
		model.addAttribute("lines", job.rows().stream()
			.map(r -> new Line(r.line(), r.code(), r.name(), r.outcome(),
					r.problems().stream().map(p -> text(p, locale)).toList()))
			.toList());
		model.addAttribute("missing", job.missingColumns().stream()
			.map(key -> messages.getMessage(key, null, key, locale)).toList());
	}

	/** Arguments that are message keys (column names) are translated too. */
	private String text(ImportProblem problem, Locale locale) {
		Object[] arguments = problem.arguments().stream()
			.map(a -> a instanceof String s && s.startsWith("catalog.import.column.") ? messages.getMessage(s, null, s, locale) : a)
			.toArray();
		return messages.getMessage(problem.messageKey(), arguments, problem.messageKey(), locale);
	}

}
