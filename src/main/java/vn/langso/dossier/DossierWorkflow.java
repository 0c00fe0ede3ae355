package vn.langso.dossier;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.langso.catalog.Catalog;
import vn.langso.catalog.ProcedureView;
import vn.langso.identity.AreaView;
import vn.langso.identity.Areas;
import vn.langso.identity.AuditLog;
import vn.langso.identity.CommuneAccess;
import vn.langso.identity.CurrentUser;
import vn.langso.identity.Role;
import vn.langso.shared.NotFoundException;

/**
 * The officials' side: inboxes by role with filters and counts, reading a dossier (audited, it holds
 * personal data), and the workflow moves, each allowed only to the role its step names. Issuing the
 * result signs the e-result with the commune's key.
 */
@Service
@Transactional
public class DossierWorkflow {

	/** Stands for "no due date" in the inbox query; only the "all" filter reaches that far back. */
	private static final LocalDate NO_DUE_DATE = LocalDate.of(1, 1, 1);

	private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

	private static final LocalDate FAR_FUTURE = LocalDate.of(9999, 12, 31);

	private final DossierRepository dossiers;

	private final HistoryRepository history;

	private final AttachmentRepository attachments;

	private final Dossiers applicantSide;

	private final CommuneAccess access;

	private final AuditLog audit;

	private final Areas areas;

	private final Catalog catalog;

	private final WorkingCalendar calendar;

	private final ResultSigner signer;

	private final FileStore files;

	DossierWorkflow(DossierRepository dossiers, HistoryRepository history, AttachmentRepository attachments,
			Dossiers applicantSide, CommuneAccess access, AuditLog audit, Areas areas, Catalog catalog,
			WorkingCalendar calendar, ResultSigner signer, FileStore files) {
		this.dossiers = dossiers;
		this.history = history;
		this.attachments = attachments;
		this.applicantSide = applicantSide;
		this.access = access;
		this.audit = audit;
		this.areas = areas;
		this.catalog = catalog;
		this.calendar = calendar;
		this.signer = signer;
		this.files = files;
	}

	@Transactional(readOnly = true)
	public InboxView inbox(CurrentUser user, Long communeRequested, InboxFilter filter, String procedureCode, int page) {
		long communeId = access.communeFor(user, communeRequested);
		Set<String> roles = user.roleNames();
		LocalDate today = LocalDate.now(applicantSide.clock());
		LocalDate soon = calendar.nextWorkingDay(today);
		String procedure = procedureCode == null ? "" : procedureCode.strip();
		PageRequest pageable = PageRequest.of(page, 20);
		Page<Dossier> found = switch (filter) {
			case ALL -> dossiers.inbox(communeId, roles, procedure, NO_DUE_DATE, NO_DUE_DATE, FAR_FUTURE, pageable);
			case DUE_SOON -> dossiers.inbox(communeId, roles, procedure, NO_DUE_DATE, today, soon, pageable);
			case OVERDUE -> dossiers.inbox(communeId, roles, procedure, NO_DUE_DATE, EARLIEST, today.minusDays(1), pageable);
		};
		Map<InboxFilter, Long> counts = new EnumMap<>(InboxFilter.class);
		for (InboxFilter each : InboxFilter.values()) {
			counts.put(each, 0L);
		}
		Map<String, Long> byProcedure = new LinkedHashMap<>();
		for (Object[] row : dossiers.inboxCounts(communeId, roles, today, soon)) {
			long waiting = number(row[1]);
			byProcedure.put((String) row[0], waiting);
			counts.merge(InboxFilter.ALL, waiting, Long::sum);
			counts.merge(InboxFilter.DUE_SOON, number(row[2]), Long::sum);
			counts.merge(InboxFilter.OVERDUE, number(row[3]), Long::sum);
		}
		return new InboxView(found.map(applicantSide::view).getContent(), found.getTotalElements(), page,
				found.getTotalPages(), counts, byProcedure);
	}

	private static long number(Object value) {
		return value == null ? 0 : ((Number) value).longValue();
	}

	/** A dossier of the official's commune; the read is written to the audit log. */
	public DossierView read(CurrentUser user, long dossierId) {
		Dossier dossier = staffDossier(user, dossierId);
		audit.record(user, dossier.communeId(), "VIEW", "dossier", String.valueOf(dossierId), dossier.code());
		return applicantSide.view(dossier);
	}

	@Transactional(readOnly = true)
	public List<HistoryView> history(CurrentUser user, long dossierId) {
		return history.ofDossier(staffDossier(user, dossierId).id()).stream().map(HistoryEntry::view).toList();
	}

	@Transactional(readOnly = true)
	public List<AttachmentView> attachments(CurrentUser user, long dossierId) {
		return attachments.findByDossierIdOrderById(staffDossier(user, dossierId).id()).stream()
			.map(Attachment::view).toList();
	}

	/** The moves this official may make on the dossier now, to draw only the buttons that work. */
	@Transactional(readOnly = true)
	public List<DossierAction> allowedActions(CurrentUser user, long dossierId) {
		Dossier dossier = staffDossier(user, dossierId);
		Actor actor = Actor.of(user);
		return Arrays.stream(DossierAction.values()).filter(a -> !a.byApplicant())
			.filter(a -> dossier.allows(a, actor)).toList();
	}

	/**
	 * Performs a move. {@code baseUrl} is the public address of the site, for the QR code of the
	 * e-result's verification page.
	 */
	public DossierView perform(CurrentUser user, long dossierId, DossierAction action, String comment, String baseUrl) {
		if (action.byApplicant() || action == DossierAction.APOLOGIZE) {
			throw new NotFoundException("action " + action);
		}
		Dossier dossier = staffDossier(user, dossierId);
		if (action == DossierAction.ISSUE_RESULT && dossier.allows(action, Actor.of(user))) {
			signResult(user, dossier, baseUrl);
		}
		applicantSide.record(dossier, dossier.perform(action, Actor.of(user), comment, applicantSide.now(), calendar));
		return applicantSide.view(dossier);
	}

	public DossierView apologize(CurrentUser user, long dossierId, String reason, LocalDate newDueDate) {
		Dossier dossier = staffDossier(user, dossierId);
		applicantSide.record(dossier, dossier.apologize(Actor.of(user), reason, newDueDate, applicantSide.now(), calendar));
		return applicantSide.view(dossier);
	}

	private void signResult(CurrentUser user, Dossier dossier, String baseUrl) {
		AreaView commune = areas.commune(dossier.communeId());
		ProcedureView procedure = catalog.version(dossier.procedureId()).orElseThrow();
		String serial = dossier.code() + "-KQ";
		String verifyUrl = baseUrl + "/xac-minh/" + serial;
		LocalDate today = LocalDate.now(applicantSide.clock());
		byte[] unsigned = DossierDocuments.result(applicantSide.view(dossier), procedure, commune.name(), serial,
				verifyUrl, today, user.fullName());
		byte[] signed = signer.sign(unsigned, commune.id(), commune.name(), procedure.resultName() + " " + serial);
		String file = files.put(signed);
		dossier.attachResult(serial, file, file, applicantSide.now());
	}

	/** The dossier's own workflow roles read it; the province overseer reads every dossier to oversee. */
	private static boolean mayRead(CurrentUser user, Dossier dossier) {
		return user.has(Role.PROVINCE_OVERSEER) || dossier.inWorkflowOf(user.roleNames());
	}

	Dossier staffDossier(CurrentUser user, long dossierId) {
		Dossier dossier = dossiers.findById(dossierId).orElseThrow(() -> new NotFoundException("dossier " + dossierId));
		if (!user.isStaff() || !access.mayAccess(user, dossier.communeId()) || !mayRead(user, dossier)) {
			throw new NotFoundException("dossier " + dossierId);
		}
		return dossier;
	}

}
