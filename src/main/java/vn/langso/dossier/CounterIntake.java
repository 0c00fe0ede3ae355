package vn.langso.dossier;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.langso.catalog.Catalog;
import vn.langso.catalog.FormProblem;
import vn.langso.catalog.FormSchema;
import vn.langso.catalog.ProcedureView;
import vn.langso.identity.AccountView;
import vn.langso.identity.Accounts;
import vn.langso.identity.CitizenFacts;
import vn.langso.identity.CurrentUser;
import vn.langso.identity.KnownCitizen;
import vn.langso.identity.Role;
import vn.langso.shared.ForbiddenException;
import vn.langso.shared.InvalidInputException;

/**
 * Assisted intake (tiếp nhận trực tiếp): a one-stop officer files the paper dossier of a citizen who
 * came to the desk or to a public-service point. The officer finds the citizen by CCCD (their account,
 * so the dossier shows in it, and the commune's household register), or types the details of someone
 * the commune does not know; fills the form for them, attaches the scanned papers and receives the
 * dossier at once, so the receipt with the appointment date can be printed. The dossier keeps its
 * channel and the officer who filed it.
 */
@Service
@Transactional
public class CounterIntake {

	private final Dossiers dossiers;

	private final DossierRepository repository;

	private final Catalog catalog;

	private final Accounts accounts;

	private final ObjectProvider<CitizenFacts> register;

	private final FormPrefill prefill;

	private final WorkingCalendar calendar;

	CounterIntake(Dossiers dossiers, DossierRepository repository, Catalog catalog, Accounts accounts,
			ObjectProvider<CitizenFacts> register, FormPrefill prefill, WorkingCalendar calendar) {
		this.dossiers = dossiers;
		this.repository = repository;
		this.catalog = catalog;
		this.accounts = accounts;
		this.register = register;
		this.prefill = prefill;
		this.calendar = calendar;
	}

	/**
	 * What the commune knows of the citizen with this CCCD: whether they have an account (the dossier
	 * will show in it) and are in the household register, and the form values that follow.
	 */
	public record Applicant(String citizenId, boolean hasAccount, boolean inRegister, Map<String, String> values) {

		public boolean known() {
			return hasAccount || inRegister;
		}

	}

	@Transactional(readOnly = true)
	public Applicant find(CurrentUser officer, ProcedureView procedure, String citizenId) {
		long communeId = communeOf(officer);
		String id = citizenId == null ? "" : citizenId.strip();
		if (!id.matches("\\d{12}")) {
			throw new InvalidInputException("dossier.counter.citizenId");
		}
		Optional<AccountView> account = accounts.citizenByCitizenId(id);
		CitizenFacts facts = register.getIfAvailable();
		Optional<KnownCitizen> known = facts == null ? Optional.empty() : facts.byCitizenId(communeId, id);
		Map<String, String> values = new LinkedHashMap<>();
		account.ifPresent(a -> values.putAll(prefill.values(a, procedure)));
		known.ifPresent(k -> {
			values.putIfAbsent("applicantName", k.fullName());
			if (k.address() != null) {
				values.putIfAbsent("applicantResidence", k.address());
			}
		});
		values.put("applicantId", id);
		values.values().removeIf(v -> v == null || v.isBlank());
		return new Applicant(id, account.isPresent(), known.isPresent(), values);
	}

	/**
	 * Files and receives the paper dossier. A retried submit (same key, same officer) returns the
	 * dossier already filed.
	 */
	public DossierView file(CurrentUser officer, String procedureCode, DossierChannel channel, String submissionKey,
			Map<String, String> typed, List<Upload> uploads) {
		long communeId = communeOf(officer);
		if (channel == null || channel.online()) {
			throw new InvalidInputException("dossier.counter.channelInvalid");
		}
		if (submissionKey == null || !submissionKey.matches("[A-Za-z0-9-]{8,64}")) {
			throw new InvalidInputException("dossier.submissionKey");
		}
		Optional<Dossier> again = repository.findByFiledByIdAndSubmissionKey(officer.accountId(), submissionKey);
		if (again.isPresent()) {
			return dossiers.view(again.get());
		}
		ProcedureView procedure = catalog.current(procedureCode);
		FormSchema.Checked checked = procedure.form().check(typed);
		List<FormProblem> problems = new ArrayList<>(checked.problems());
		String name = text(checked.values().get("applicantName"));
		if (name == null) {
			problems.add(new FormProblem("applicantName", "dossier.counter.applicantName"));
		}
		List<Upload> accepted = dossiers.checkUploads(procedure, uploads, problems);
		Dossiers.requireDocuments(procedure, List.of(), accepted, problems);
		if (!problems.isEmpty()) {
			throw new SubmissionRefused(problems);
		}
		Optional<AccountView> account = accounts.citizenByCitizenId(text(checked.values().get("applicantId")));
		String phone = text(checked.values().get("applicantPhone"));
		Dossier dossier = repository.saveAndFlush(new Dossier(communeId, procedure, account.map(AccountView::id).orElse(0L),
				name.length() > 120 ? name.substring(0, 120) : name, phone != null ? phone : account.map(AccountView::phone).orElse(null),
				account.map(AccountView::email).orElse(null), submissionKey, Dossiers.newSecret(), dossiers.now()));
		dossier.fill(Dossiers.JSON.writeValueAsString(checked.values()), dossiers.feeFor(communeId, procedure, checked.values()));
		dossiers.store(dossier, accepted);
		dossier.assignCode(dossiers.nextCode(communeId));
		Actor actor = Actor.of(officer);
		dossiers.record(dossier, dossier.fileOnPaper(channel, actor, null, dossiers.now(), calendar));
		dossiers.record(dossier, dossier.perform(DossierAction.RECEIVE, actor, null, dossiers.now(), calendar));
		return dossiers.view(dossier);
	}

	/** Only a one-stop officer of a commune receives dossiers at its desk. */
	private static long communeOf(CurrentUser officer) {
		if (!officer.has(Role.ONE_STOP_OFFICER) || officer.communeId() == null) {
			throw new ForbiddenException("counter intake is for one-stop officers of a commune");
		}
		return officer.communeId();
	}

	private static String text(Object value) {
		return value == null || String.valueOf(value).isBlank() ? null : String.valueOf(value).strip();
	}

}
