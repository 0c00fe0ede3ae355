package vn.langso.dossier;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.langso.catalog.Catalog;
import vn.langso.catalog.FormProblem;
import vn.langso.catalog.FormSchema;
import vn.langso.catalog.ProcedureDocument;
import vn.langso.catalog.ProcedureView;
import vn.langso.catalog.ProvinceFees;
import vn.langso.identity.AccountView;
import vn.langso.identity.Accounts;
import vn.langso.identity.Areas;
import vn.langso.identity.CurrentUser;
import vn.langso.identity.Role;
import vn.langso.shared.ForbiddenException;
import vn.langso.shared.NotFoundException;

/**
 * The applicant's side of dossiers: the prefilled form, drafts, idempotent submission with checked
 * attachments, resubmission after a supplement request, and reading one's own dossiers. A dossier of
 * someone else is "not found", never "forbidden", so nobody learns it exists.
 */
@Service
@Transactional
public class Dossiers {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String SECRET_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final DossierRepository dossiers;

	private final HistoryRepository history;

	private final AttachmentRepository attachments;

	private final CodeCounterRepository counters;

	private final FileStore files;

	private final Catalog catalog;

	private final Accounts accounts;

	private final Areas areas;

	private final WorkingCalendar calendar;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final FormPrefill prefill;

	private final ProvinceFees fees;

	private final long maxAttachmentBytes;

	Dossiers(DossierRepository dossiers, HistoryRepository history, AttachmentRepository attachments,
			CodeCounterRepository counters, FileStore files, Catalog catalog, Accounts accounts, Areas areas,
			WorkingCalendar calendar, ApplicationEventPublisher events, Clock clock,
			FormPrefill prefill, ProvinceFees fees,
			@Value("${langso.dossier.max-attachment-bytes}") long maxAttachmentBytes) {
		this.fees = fees;
		this.dossiers = dossiers;
		this.history = history;
		this.attachments = attachments;
		this.counters = counters;
		this.files = files;
		this.catalog = catalog;
		this.accounts = accounts;
		this.areas = areas;
		this.calendar = calendar;
		this.events = events;
		this.clock = clock;
		this.prefill = prefill;
		this.maxAttachmentBytes = maxAttachmentBytes;
	}

	public long maxAttachmentBytes() {
		return maxAttachmentBytes;
	}

	/** What the form starts with: see {@link FormPrefill} (account, household register, earlier dossiers). */
	@Transactional(readOnly = true)
	public Map<String, String> prefill(CurrentUser user, ProcedureView procedure) {
		return prefill.values(accounts.own(user), procedure);
	}

	/**
	 * Saves the form as a draft or submits it. The submission key comes with the form page, so a
	 * retried or double-clicked submit finds the dossier it already made and returns it unchanged.
	 */
	public DossierView submit(CurrentUser user, long communeId, String procedureCode, String submissionKey,
			Map<String, String> typed, List<Upload> uploads, boolean finalSubmit) {
		if (!user.has(Role.CITIZEN)) {
			throw new ForbiddenException("only citizens file dossiers");
		}
		areas.commune(communeId);
		if (submissionKey == null || !submissionKey.matches("[A-Za-z0-9-]{8,64}")) {
			throw new vn.langso.shared.InvalidInputException("dossier.submissionKey");
		}
		Optional<Dossier> existing = dossiers.findByApplicantIdAndSubmissionKey(user.accountId(), submissionKey);
		if (existing.isPresent() && existing.get().status() != DossierStatus.DRAFT) {
			return view(existing.get());
		}
		ProcedureView procedure = existing.map(d -> catalog.version(d.procedureId()).orElseThrow())
			.orElseGet(() -> catalog.current(procedureCode));
		FormSchema.Checked checked = procedure.form().check(typed);
		List<FormProblem> problems = new ArrayList<>(checked.problems());
		List<Upload> accepted = checkUploads(procedure, uploads, problems);
		Dossier dossier = existing.orElse(null);
		if (finalSubmit) {
			List<String> have = dossier == null ? List.of()
					: attachments.findByDossierIdOrderById(dossier.id()).stream().map(Attachment::documentKey).toList();
			requireDocuments(procedure, have, accepted, problems);
		}
		if (!problems.isEmpty()) {
			throw new SubmissionRefused(problems);
		}
		if (dossier == null) {
			AccountView account = accounts.own(user);
			dossier = dossiers.saveAndFlush(new Dossier(communeId, procedure, user.accountId(), account.fullName(),
					account.phone(), account.email(), submissionKey, newSecret(), clock.instant()));
		}
		dossier.fill(JSON.writeValueAsString(checked.values()), feeFor(communeId, procedure, checked.values()));
		store(dossier, accepted);
		if (finalSubmit) {
			dossier.assignCode(nextCode(communeId));
			record(dossier, dossier.perform(DossierAction.SUBMIT, Actor.of(user), null, clock.instant(), calendar));
		}
		return view(dossier);
	}

	/** The applicant answers a supplement request: corrected values and/or new files, then back to the desk. */
	public DossierView resubmit(CurrentUser user, long dossierId, Map<String, String> typed, List<Upload> uploads) {
		Dossier dossier = ownDossier(user, dossierId);
		ProcedureView procedure = catalog.version(dossier.procedureId()).orElseThrow();
		Map<String, String> merged = new LinkedHashMap<>();
		formOf(dossier).forEach((k, v) -> merged.put(k, stringOf(v)));
		typed.forEach((k, v) -> {
			if (v != null && !v.isBlank()) {
				merged.put(k, v);
			}
		});
		FormSchema.Checked checked = procedure.form().check(merged);
		List<FormProblem> problems = new ArrayList<>(checked.problems());
		List<Upload> accepted = checkUploads(procedure, uploads, problems);
		if (!problems.isEmpty()) {
			throw new SubmissionRefused(problems);
		}
		dossier.fill(JSON.writeValueAsString(checked.values()), feeFor(dossier.communeId(), procedure, checked.values()));
		store(dossier, accepted);
		record(dossier, dossier.perform(DossierAction.RESUBMIT, Actor.of(user), null, clock.instant(), calendar));
		return view(dossier);
	}

	@Transactional(readOnly = true)
	public List<DossierView> ownDossiers(CurrentUser user) {
		return dossiers.findByApplicantIdOrderByCreatedAtDesc(user.accountId()).stream().map(this::view).toList();
	}

	@Transactional(readOnly = true)
	public DossierView own(CurrentUser user, long dossierId) {
		return view(ownDossier(user, dossierId));
	}

	@Transactional(readOnly = true)
	public List<HistoryView> ownHistory(CurrentUser user, long dossierId) {
		return history.ofDossier(ownDossier(user, dossierId).id()).stream().map(HistoryEntry::view).toList();
	}

	@Transactional(readOnly = true)
	public List<AttachmentView> ownAttachments(CurrentUser user, long dossierId) {
		return attachments.findByDossierIdOrderById(ownDossier(user, dossierId).id()).stream().map(Attachment::view).toList();
	}

	Dossier ownDossier(CurrentUser user, long dossierId) {
		return dossiers.findById(dossierId).filter(d -> d.applicantId() == user.accountId())
			.orElseThrow(() -> new NotFoundException("dossier " + dossierId));
	}

	List<Upload> checkUploads(ProcedureView procedure, List<Upload> uploads, List<FormProblem> problems) {
		List<Upload> accepted = new ArrayList<>();
		for (Upload upload : uploads) {
			String field = "doc_" + upload.documentKey();
			if (upload.content() == null || upload.content().length == 0) {
				continue;
			}
			if (procedure.documents().stream().noneMatch(d -> d.key().equals(upload.documentKey()))) {
				problems.add(new FormProblem(field, "dossier.file.unknownDocument"));
			}
			else if (upload.content().length > maxAttachmentBytes) {
				problems.add(new FormProblem(field, "dossier.file.tooLarge", maxAttachmentBytes / (1024 * 1024)));
			}
			else if (FileTypes.detect(upload.content()).isEmpty()) {
				problems.add(new FormProblem(field, "dossier.file.type"));
			}
			else {
				accepted.add(upload);
			}
		}
		return accepted;
	}

	static void requireDocuments(ProcedureView procedure, List<String> have, List<Upload> accepted,
			List<FormProblem> problems) {
		for (ProcedureDocument document : procedure.documents()) {
			boolean present = have.contains(document.key())
					|| accepted.stream().anyMatch(u -> u.documentKey().equals(document.key()));
			if (document.required() && !present) {
				problems.add(new FormProblem("doc_" + document.key(), "dossier.file.missing", document.name()));
			}
		}
	}

	void store(Dossier dossier, List<Upload> accepted) {
		for (Upload upload : accepted) {
			String name = files.put(upload.content());
			String type = FileTypes.detect(upload.content()).orElseThrow();
			String fileName = upload.fileName() == null ? upload.documentKey()
					: upload.fileName().replaceAll("[^\\p{L}\\p{N}._ -]", "_");
			attachments.save(new Attachment(dossier.id(), dossier.communeId(), upload.documentKey(),
					fileName.length() > 200 ? fileName.substring(0, 200) : fileName, type, upload.content().length, name,
					clock.instant()));
		}
	}

	/** The fee in the commune's province: the province's amounts where it set its own (HĐND resolution). */
	long feeFor(long communeId, ProcedureView procedure, Map<String, Object> values) {
		Long province = areas.commune(communeId).parentId();
		return province == null ? procedure.feeFor(values) : fees.feeFor(province, procedure, values);
	}

	/** The next code of the commune today: commune code - yyMMdd - 4-digit sequence of the day. */
	String nextCode(long communeId) {
		LocalDate today = LocalDate.now(clock);
		if (counters.increment(communeId, today) == 0) {
			counters.saveAndFlush(new CodeCounter(new CodeCounter.Key(communeId, today), 1));
		}
		int number = counters.lastNumber(communeId, today);
		return areas.commune(communeId).code() + "-" + today.format(DateTimeFormatter.ofPattern("yyMMdd")) + "-"
				+ String.format("%04d", number);
	}

	void record(Dossier dossier, HistoryEntry entry) {
		history.save(entry);
		events.publishEvent(new DossierStatusChanged(dossier.id(), dossier.communeId(), dossier.code(),
				dossier.procedureCode(), dossier.applicantId(), extractAction(entry), dossier.status(), clock.instant()));
	}

	private static String extractAction(HistoryEntry entry) {
		return entry.view().action();
	}

	DossierView view(Dossier dossier) {
		return dossier.view(formOf(dossier), LocalDate.now(clock));
	}

	static Map<String, Object> formOf(Dossier dossier) {
		return JSON.readValue(dossier.formJson(), new TypeReference<LinkedHashMap<String, Object>>() {
		});
	}

	private static String stringOf(Object value) {
		return value == null ? null : String.valueOf(value);
	}

	static String newSecret() {
		StringBuilder secret = new StringBuilder();
		for (int i = 0; i < 6; i++) {
			secret.append(SECRET_ALPHABET.charAt(RANDOM.nextInt(SECRET_ALPHABET.length())));
		}
		return secret.toString();
	}

	Instant now() {
		return clock.instant();
	}

	Clock clock() {
		return clock;
	}

}
