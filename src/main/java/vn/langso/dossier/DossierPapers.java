package vn.langso.dossier;

import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.langso.catalog.Catalog;
import vn.langso.catalog.ProcedureView;
import vn.langso.identity.AreaView;
import vn.langso.identity.Areas;
import vn.langso.identity.AuditLog;
import vn.langso.identity.CurrentUser;
import vn.langso.shared.NotFoundException;

/**
 * The papers of a dossier (receipt, signed e-result, apology letter, attachments) for its applicant
 * and its commune's officials, and the public lookups: status by code and secret, e-result by serial.
 */
@Service
@Transactional(readOnly = true)
public class DossierPapers {

	private final DossierRepository dossiers;

	private final HistoryRepository history;

	private final AttachmentRepository attachments;

	private final Dossiers applicantSide;

	private final DossierWorkflow staffSide;

	private final Catalog catalog;

	private final Areas areas;

	private final FileStore files;

	private final ResultSigner signer;

	private final AuditLog audit;

	DossierPapers(DossierRepository dossiers, HistoryRepository history, AttachmentRepository attachments,
			Dossiers applicantSide, DossierWorkflow staffSide, Catalog catalog, Areas areas, FileStore files,
			ResultSigner signer, AuditLog audit) {
		this.dossiers = dossiers;
		this.history = history;
		this.attachments = attachments;
		this.applicantSide = applicantSide;
		this.staffSide = staffSide;
		this.catalog = catalog;
		this.areas = areas;
		this.files = files;
		this.signer = signer;
		this.audit = audit;
	}

	/** A file of the dossier: its content type and bytes. */
	public record Paper(String fileName, String contentType, byte[] content) {
	}

	@Transactional // writes the download to the audit log
	public Paper receipt(CurrentUser user, long dossierId, String trackingUrl) {
		Dossier dossier = visible(user, dossierId);
		if (dossier.code() == null) {
			throw new NotFoundException("no receipt for a draft");
		}
		ProcedureView procedure = catalog.version(dossier.procedureId()).orElseThrow();
		byte[] pdf = DossierDocuments.receipt(applicantSide.view(dossier), procedure, commune(dossier).name(), trackingUrl);
		return downloaded(user, dossier, new Paper("bien-nhan-" + dossier.code() + ".pdf", "application/pdf", pdf));
	}

	@Transactional // writes the download to the audit log
	public Paper result(CurrentUser user, long dossierId) {
		Dossier dossier = visible(user, dossierId);
		if (dossier.resultFile() == null || !dossier.status().hasResult()) {
			throw new NotFoundException("no result yet");
		}
		return downloaded(user, dossier,
				new Paper("ket-qua-" + dossier.code() + ".pdf", "application/pdf", files.get(dossier.resultFile())));
	}

	@Transactional // writes the download to the audit log
	public Paper apology(CurrentUser user, long dossierId) {
		Dossier dossier = visible(user, dossierId);
		DossierView view = applicantSide.view(dossier);
		if (!view.extended()) {
			throw new NotFoundException("no apology letter");
		}
		return downloaded(user, dossier, new Paper("thu-xin-loi-" + dossier.code() + ".pdf", "application/pdf",
				DossierDocuments.apology(view, commune(dossier).name())));
	}

	@Transactional // writes the download to the audit log
	public Paper attachment(CurrentUser user, long dossierId, long attachmentId) {
		Dossier dossier = visible(user, dossierId);
		Attachment attachment = attachments.findById(attachmentId)
			.filter(a -> attachments.findByDossierIdOrderById(dossier.id()).stream().anyMatch(b -> b.id().equals(a.id())))
			.orElseThrow(() -> new NotFoundException("attachment"));
		return downloaded(user, dossier,
				new Paper(attachment.fileName(), attachment.contentType(), files.get(attachment.sha256())));
	}

	/** Status by dossier code and the secret of the receipt; a wrong secret looks like an unknown code. */
	public Optional<TrackingView> track(String code, String secret) {
		if (code == null || secret == null) {
			return Optional.empty();
		}
		return dossiers.findByCode(code.strip().toUpperCase())
			.filter(d -> MessageDigest.isEqual(d.trackingSecret().getBytes(), secret.strip().toUpperCase().getBytes()))
			.map(d -> new TrackingView(d.code(), applicantSide.view(d).procedureName(), commune(d).name(), d.status(),
					d.dueDate(), d.isOverdue(LocalDate.now(applicantSide.clock())),
					history.ofDossier(d.id()).stream().map(HistoryEntry::publicView).toList()));
	}

	public VerificationView verify(String serial) {
		Optional<Dossier> found = serial == null ? Optional.empty() : dossiers.findByResultSerial(serial.strip());
		if (found.isEmpty() || !found.get().status().hasResult()) {
			return new VerificationView(VerificationView.State.UNKNOWN, serial, null, null, null, null, null);
		}
		Dossier dossier = found.get();
		DossierView view = applicantSide.view(dossier);
		ProcedureView procedure = catalog.version(dossier.procedureId()).orElseThrow();
		return new VerificationView(dossier.resultRevoked() ? VerificationView.State.REVOKED : VerificationView.State.VALID,
				dossier.resultSerial(), procedure.resultName(), procedure.name(), commune(dossier).name(),
				view.resultIssuedAt(), view.resultSha256());
	}

	/** Checks a PDF's signature against the commune's key that issued the serial. */
	public boolean signatureValid(byte[] pdf, String serial) {
		return dossiers.findByResultSerial(serial).map(d -> {
			AreaView commune = commune(d);
			return signer.verify(pdf, signer.certificate(commune.id(), commune.name())).valid();
		}).orElse(false);
	}

	/** Every file leaving a dossier, to its applicant or an official, is written to the audit log. */
	private Paper downloaded(CurrentUser user, Dossier dossier, Paper paper) {
		audit.record(user, dossier.communeId(), "DOWNLOAD", "dossier", String.valueOf(dossier.id()),
				dossier.code() + " " + paper.fileName());
		return paper;
	}

	private Dossier visible(CurrentUser user, long dossierId) {
		Optional<Dossier> own = dossiers.findById(dossierId).filter(d -> d.applicantId() == user.accountId());
		return own.orElseGet(() -> staffSide.staffDossier(user, dossierId));
	}

	private AreaView commune(Dossier dossier) {
		return areas.commune(dossier.communeId());
	}

}
