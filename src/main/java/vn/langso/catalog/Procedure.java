package vn.langso.catalog;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import tools.jackson.core.type.TypeReference;
import vn.langso.shared.VietnameseText;

/** One version of a procedure; never changed once written except for losing its "current" mark. */
@Entity
@Table(name = "catalog_procedure")
class Procedure {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private int version;

	@Column(name = "is_current")
	private boolean current;

	private String name;

	@Column(name = "name_folded")
	private String nameFolded;

	private String field;

	@Column(name = "legal_basis")
	private String legalBasis;

	@Column(name = "documents_json")
	private String documentsJson;

	@Enumerated(EnumType.STRING)
	@Column(name = "fee_rule")
	private FeeRule feeRule;

	@Column(name = "fee_vnd")
	private long feeVnd;

	@Column(name = "unit_fee_vnd")
	private long unitFeeVnd;

	@Column(name = "fee_note")
	private String feeNote;

	@Column(name = "processing_days")
	private int processingDays;

	@Column(name = "processing_note")
	private String processingNote;

	@Enumerated(EnumType.STRING)
	@Column(name = "service_level")
	private ServiceLevel serviceLevel;

	@Column(name = "result_name")
	private String resultName;

	@Column(name = "form_schema")
	private String formSchema;

	@Column(name = "workflow_json")
	private String workflowJson;

	@Column(name = "source_url")
	private String sourceUrl;

	@Column(name = "source_note")
	private String sourceNote;

	private boolean verified;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "created_by")
	private String createdBy;

	protected Procedure() {
	}

	Procedure(ProcedureForm form, int version, Instant at, String by) {
		this.code = form.code().strip();
		this.version = version;
		this.current = true;
		this.name = form.name().strip();
		this.nameFolded = VietnameseText.fold(form.code() + " " + form.name() + " " + form.field());
		this.field = form.field().strip();
		this.legalBasis = form.legalBasis().strip();
		this.documentsJson = FormSchema.JSON.writeValueAsString(form.documents());
		this.feeRule = form.feeRule();
		this.feeVnd = form.feeVnd();
		this.unitFeeVnd = form.unitFeeVnd();
		this.feeNote = form.feeNote();
		this.processingDays = form.processingDays();
		this.processingNote = form.processingNote();
		this.serviceLevel = form.serviceLevel();
		this.resultName = form.resultName().strip();
		this.formSchema = form.formSchema();
		this.workflowJson = FormSchema.JSON.writeValueAsString(form.workflow());
		this.sourceUrl = form.sourceUrl();
		this.sourceNote = form.sourceNote().strip();
		this.verified = form.verified();
		this.createdAt = at;
		this.createdBy = by;
	}

	Long id() {
		return id;
	}

	void supersede() {
		this.current = false;
	}

	int version() {
		return version;
	}

	ProcedureView view() {
		List<ProcedureDocument> documents = FormSchema.JSON.readValue(documentsJson, new TypeReference<>() {
		});
		List<WorkflowStep> workflow = FormSchema.JSON.readValue(workflowJson, new TypeReference<>() {
		});
		return new ProcedureView(id, code, version, name, field, legalBasis, documents, feeRule, feeVnd, unitFeeVnd,
				feeNote, processingDays, processingNote, serviceLevel, resultName, FormSchema.parse(formSchema), workflow,
				sourceUrl, sourceNote, verified, createdAt);
	}

}
