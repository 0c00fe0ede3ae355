package vn.langso.catalog.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.langso.identity.Role;
import vn.langso.catalog.Catalog;
import vn.langso.catalog.ProcedureDocument;
import vn.langso.catalog.ProcedureForm;
import vn.langso.catalog.ProcedureView;
import vn.langso.catalog.ServiceLevel;
import vn.langso.catalog.WorkflowStep;
import vn.langso.identity.CurrentUser;

@RestController
@RequestMapping("/api/v1/procedures")
@Tag(name = "Procedures", description = "The catalogue of administrative procedures (TTHC)")
class CatalogApiController {

	private final Catalog catalog;

	CatalogApiController(Catalog catalog) {
		this.catalog = catalog;
	}

	/** A procedure as the API shows it; the form as its JSON Schema text. */
	record ProcedureJson(long id, String code, int version, String name, String field, String legalBasis,
			List<ProcedureDocument> documents, String feeRule, long feeVnd, long unitFeeVnd, String feeNote,
			int processingDays, String processingNote, ServiceLevel serviceLevel, String formSchema,
			List<WorkflowStep> workflow, String sourceUrl, String sourceNote, boolean verified) {

		static ProcedureJson of(ProcedureView p) {
			return new ProcedureJson(p.id(), p.code(), p.version(), p.name(), p.field(), p.legalBasis(), p.documents(),
					p.feeRule().name(), p.feeVnd(), p.unitFeeVnd(), p.feeNote(), p.processingDays(), p.processingNote(),
					p.serviceLevel(), p.form().json(), p.workflow(), p.sourceUrl(), p.sourceNote(), p.verified());
		}

	}

	@GetMapping
	@Operation(summary = "Search the current procedures; the query ignores diacritics")
	List<ProcedureJson> search(@RequestParam(required = false) String q) {
		return catalog.search(q).stream().map(ProcedureJson::of).toList();
	}

	@GetMapping("/{code}")
	@Operation(summary = "The current version of a procedure")
	ProcedureJson one(@PathVariable String code) {
		return ProcedureJson.of(catalog.current(code));
	}

	@GetMapping("/{code}/versions")
	@Operation(summary = "Every version of a procedure, newest first")
	List<ProcedureJson> versions(@PathVariable String code) {
		return catalog.history(code).stream().map(ProcedureJson::of).toList();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(Role.PROVINCE_ADMINISTRATOR)
	@Operation(summary = "Publish a new version of a procedure (province administrators: the catalogue is the "
			+ "province's); dossiers already filed keep theirs")
	ProcedureJson publish(CurrentUser user, @RequestBody ProcedureForm form) {
		return ProcedureJson.of(catalog.publish(form, user.fullName()));
	}

}
