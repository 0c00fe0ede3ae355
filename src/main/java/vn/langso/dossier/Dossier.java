package vn.langso.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.langso.catalog.ProcedureView;
import vn.langso.identity.Role;
import vn.langso.shared.ConflictException;
import vn.langso.shared.ForbiddenException;
import vn.langso.shared.InvalidInputException;

/**
 * The dossier aggregate. Every change of state goes through {@link #perform}, which refuses a move
 * from the wrong status, by the wrong role (the role of each step was copied from the procedure's
 * workflow template at filing) or without its required reason.
 */
@Entity
@Table(name = "dossier_dossier")
class Dossier {

	static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	/** Only the commune leader (Chủ tịch UBND xã) signs e-results, whatever a template names for the step. */
	static final String SIGNING_ROLE = Role.COMMUNE_LEADER.name();

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "commune_id")
	private long communeId;

	private String code;

	@Column(name = "procedure_id")
	private long procedureId;

	@Column(name = "procedure_code")
	private String procedureCode;

	@Column(name = "procedure_name")
	private String procedureName;

	@Column(name = "applicant_id")
	private long applicantId;

	@Column(name = "applicant_name")
	private String applicantName;

	@Column(name = "applicant_phone")
	private String applicantPhone;

	@Column(name = "applicant_email")
	private String applicantEmail;

	@Column(name = "submission_key")
	private String submissionKey;

	@Enumerated(EnumType.STRING)
	private DossierStatus status;

	@Column(name = "form_json")
	private String formJson;

	@Column(name = "processing_days")
	private int processingDays;

	@Column(name = "receive_role")
	private String receiveRole;

	@Column(name = "process_role")
	private String processRole;

	@Column(name = "approve_role")
	private String approveRole;

	@Column(name = "return_role")
	private String returnRole;

	/** The official who received it: separation of duties keeps them from approving it too. */
	@Column(name = "received_by")
	private Long receivedBy;

	@Column(name = "fee_vnd")
	private long feeVnd;

	@Column(name = "fee_paid")
	private boolean feePaid;

	@Column(name = "tracking_secret")
	private String trackingSecret;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(name = "received_at")
	private Instant receivedAt;

	@Column(name = "due_date")
	private LocalDate dueDate;

	private boolean extended;

	@Column(name = "apology_reason")
	private String apologyReason;

	@Column(name = "processing_note")
	private String processingNote;

	@Column(name = "result_serial")
	private String resultSerial;

	@Column(name = "result_sha256")
	private String resultSha256;

	@Column(name = "result_file")
	private String resultFile;

	@Column(name = "result_issued_at")
	private Instant resultIssuedAt;

	@Column(name = "result_revoked")
	private boolean resultRevoked;

	@Column(name = "returned_at")
	private Instant returnedAt;

	@Column(name = "finished_on_time")
	private Boolean finishedOnTime;

	@Enumerated(EnumType.STRING)
	private DossierChannel channel = DossierChannel.ONLINE;

	@Column(name = "filed_by_id")
	private Long filedById;

	@Column(name = "filed_by_name")
	private String filedByName;

	@Version
	@Column(name = "row_version")
	private long rowVersion;

	protected Dossier() {
	}

	Dossier(long communeId, ProcedureView procedure, long applicantId, String applicantName, String applicantPhone,
			String applicantEmail, String submissionKey, String trackingSecret, Instant now) {
		this.communeId = communeId;
		this.procedureId = procedure.id();
		this.procedureCode = procedure.code();
		this.procedureName = procedure.name();
		this.applicantId = applicantId;
		this.applicantName = applicantName;
		this.applicantPhone = applicantPhone;
		this.applicantEmail = applicantEmail;
		this.submissionKey = submissionKey;
		this.status = DossierStatus.DRAFT;
		this.formJson = "{}";
		this.processingDays = procedure.processingDays();
		this.receiveRole = procedure.roleFor("RECEIVE").orElseThrow();
		this.processRole = procedure.roleFor("PROCESS").orElseThrow();
		this.approveRole = procedure.roleFor("APPROVE").orElseThrow();
		this.returnRole = procedure.roleFor("RETURN").orElseThrow();
		this.trackingSecret = trackingSecret;
		this.createdAt = now;
	}

	/** Replaces the form values while the applicant may still change them. */
	void fill(String formJson, long feeVnd) {
		if (status != DossierStatus.DRAFT && status != DossierStatus.SUPPLEMENT_REQUESTED) {
			throw new ConflictException("dossier " + id + " can no longer be changed");
		}
		this.formJson = formJson;
		this.feeVnd = feeVnd;
	}

	/** Whether this actor may perform the move now (status and role); used to draw the buttons. */
	boolean allows(DossierAction action, Actor actor) {
		return action.allowedFrom(status) && mayPerform(action, actor);
	}

	/**
	 * Performs a move and returns the history line to record.
	 *
	 * @param calendar to compute the due date on receipt and the apology window
	 */
	HistoryEntry perform(DossierAction action, Actor actor, String comment, Instant now, WorkingCalendar calendar) {
		if (!mayPerform(action, actor)) {
			throw new ForbiddenException(action + " is not for this role");
		}
		if (!action.allowedFrom(status)) {
			throw new ConflictException("dossier.illegalMove");
		}
		String reason = comment == null || comment.isBlank() ? null : comment.strip();
		if (action.needsComment() && reason == null) {
			throw new InvalidInputException("dossier.commentRequired");
		}
		DossierStatus from = status;
		switch (action) {
			case SUBMIT, RESUBMIT -> {
				submittedAt = now;
				// provisional appointment, as if received now; the receipt by the desk sets the real one
				dueDate = calendar.dueDate(now.atZone(ZONE), processingDays);
			}
			case RECEIVE -> {
				receivedAt = now;
				receivedBy = actor.accountId();
				// the time limit starts (again, after a supplement) from this receipt
				dueDate = calendar.dueDate(now.atZone(ZONE), processingDays);
			}
			case REQUEST_SUPPLEMENT, REQUEST_SUPPLEMENT_IN_PROCESS -> dueDate = null;
			case PROCESS -> processingNote = reason;
			case SUBMIT_FOR_APPROVAL -> {
				if (processingNote == null) {
					throw new ConflictException("dossier.notProcessed");
				}
			}
			case APPROVE -> {
				// separation of duties: at least two people between receipt and signature, whatever roles one holds
				if (receivedBy != null && receivedBy == actor.accountId()) {
					throw new ConflictException("dossier.sameOfficial");
				}
			}
			case RETURN_RESULT -> {
				returnedAt = now;
				finishedOnTime = dueDate == null || !now.atZone(ZONE).toLocalDate().isAfter(dueDate);
			}
			case REVOKE_RESULT -> resultRevoked = true;
			case ISSUE_RESULT -> {
				if (resultSerial == null) {
					throw new IllegalStateException("the result is signed before it is issued");
				}
			}
			case APOLOGIZE -> throw new IllegalArgumentException("use apologize()");
			default -> {
			}
		}
		if (action.to() != null) {
			status = action.to();
		}
		return new HistoryEntry(id, communeId, now, actor, action.name(), from, status, reason);
	}

	/**
	 * The apology letter with a new appointment (phiếu xin lỗi và hẹn lại): once per dossier, when the
	 * due date is at most one working day away or has passed, to a later date.
	 */
	HistoryEntry apologize(Actor actor, String reason, LocalDate newDueDate, Instant now, WorkingCalendar calendar) {
		if (!mayPerform(DossierAction.APOLOGIZE, actor)) {
			throw new ForbiddenException("apology is not for this role");
		}
		if (!DossierAction.APOLOGIZE.allowedFrom(status) || extended || dueDate == null) {
			throw new ConflictException("dossier.apologyNotAllowed");
		}
		LocalDate today = now.atZone(ZONE).toLocalDate();
		if (calendar.workingDaysBetween(today, dueDate) > 1) {
			throw new ConflictException("dossier.apologyTooEarly");
		}
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("dossier.commentRequired");
		}
		if (newDueDate == null || !newDueDate.isAfter(dueDate) || !newDueDate.isAfter(today)
				|| !calendar.isWorkingDay(newDueDate)) {
			throw new InvalidInputException("dossier.newDueDateInvalid");
		}
		LocalDate old = dueDate;
		extended = true;
		apologyReason = reason.strip();
		dueDate = newDueDate;
		return new HistoryEntry(id, communeId, now, actor, DossierAction.APOLOGIZE.name(), status, status,
				apologyReason + " (" + old + " → " + newDueDate + ")");
	}

	/**
	 * A paper dossier an officer files for a citizen at the desk or a public-service point: it is
	 * submitted on their behalf (the officer, not the applicant, makes the move); the officer then
	 * receives it like any other.
	 */
	HistoryEntry fileOnPaper(DossierChannel channel, Actor officer, String comment, Instant now, WorkingCalendar calendar) {
		if (channel == null || channel.online() || status != DossierStatus.DRAFT) {
			throw new ConflictException("dossier.illegalMove");
		}
		this.channel = channel;
		this.filedById = officer.accountId();
		this.filedByName = officer.name();
		this.submittedAt = now;
		this.dueDate = calendar.dueDate(now.atZone(ZONE), processingDays);
		this.status = DossierStatus.SUBMITTED;
		return new HistoryEntry(id, communeId, now, officer, DossierAction.SUBMIT.name(), DossierStatus.DRAFT, status, comment);
	}

	/** Records the signed e-result just before {@link DossierAction#ISSUE_RESULT}. */
	void attachResult(String serial, String sha256, String file, Instant at) {
		if (status != DossierStatus.APPROVED) {
			throw new ConflictException("dossier.illegalMove");
		}
		this.resultSerial = serial;
		this.resultSha256 = sha256;
		this.resultFile = file;
		this.resultIssuedAt = at;
	}

	void markFeePaid() {
		this.feePaid = true;
	}

	/**
	 * Whether the official holds a role of this dossier's workflow (receipt, processing, approval,
	 * return): only they may read it; other staff of the commune (broadcast, village, digital team,
	 * administrators) have no business with an applicant's papers.
	 */
	boolean inWorkflowOf(java.util.Set<String> roleNames) {
		return roleNames.contains(receiveRole) || roleNames.contains(processRole) || roleNames.contains(approveRole)
				|| roleNames.contains(returnRole);
	}

	private boolean mayPerform(DossierAction action, Actor actor) {
		if (action.byApplicant()) {
			return actor.accountId() == applicantId;
		}
		String role = switch (action.step()) {
			case "RECEIVE" -> receiveRole;
			case "PROCESS" -> processRole;
			case "APPROVE" -> approveRole;
			default -> returnRole;
		};
		if (action == DossierAction.ISSUE_RESULT) {
			// issuing signs the e-result with the commune's seal: the Chairman's signature, never the desk's
			return actor.roles().contains(role) && actor.roles().contains(SIGNING_ROLE);
		}
		return actor.roles().contains(role);
	}

	boolean isOverdue(LocalDate today) {
		return dueDate != null && DossierStatus.CLOCK_RUNNING.contains(status) && today.isAfter(dueDate);
	}

	void assignCode(String code) {
		if (this.code == null) {
			this.code = code;
		}
	}

	DossierView view(Map<String, Object> form, LocalDate today) {
		return new DossierView(id, communeId, code, procedureId, procedureCode, procedureName, applicantId, applicantName,
				status, form, feeVnd, feePaid, trackingSecret, createdAt, submittedAt, receivedAt, dueDate, extended,
				apologyReason, processingNote, resultSerial, resultSha256, resultIssuedAt, resultRevoked, returnedAt,
				finishedOnTime, isOverdue(today), channel, filedByName);
	}

	Long id() { return id; }
	long communeId() { return communeId; }
	String code() { return code; }
	long procedureId() { return procedureId; }
	String procedureCode() { return procedureCode; }
	long applicantId() { return applicantId; }
	String applicantName() { return applicantName; }
	String applicantPhone() { return applicantPhone; }
	String applicantEmail() { return applicantEmail; }
	DossierStatus status() { return status; }
	String formJson() { return formJson; }
	long feeVnd() { return feeVnd; }
	boolean feePaid() { return feePaid; }
	String trackingSecret() { return trackingSecret; }
	LocalDate dueDate() { return dueDate; }
	String resultFile() { return resultFile; }
	String resultSerial() { return resultSerial; }
	boolean resultRevoked() { return resultRevoked; }
	String submissionKey() { return submissionKey; }
	DossierChannel channel() { return channel; }

}
