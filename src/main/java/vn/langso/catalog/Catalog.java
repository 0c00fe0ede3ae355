package vn.langso.catalog;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.langso.shared.InvalidInputException;
import vn.langso.shared.NotFoundException;
import vn.langso.shared.VietnameseText;

/**
 * The procedure catalogue: search without diacritics, the current version of each procedure, any
 * earlier version by id (for dossiers), and new versions written by administrators.
 */
@Service
@Transactional(readOnly = true)
public class Catalog {

	static final Set<String> STEPS = Set.of("RECEIVE", "PROCESS", "APPROVE", "RETURN");

	private static final Set<String> ROLES = Set.of("ONE_STOP_OFFICER", "SPECIALIST", "COMMUNE_LEADER");

	/** Enough for every version of every procedure of a province many times over; past it the cache starts again. */
	private static final int MAX_CACHED_VERSIONS = 5_000;

	private final ProcedureRepository procedures;

	private final Clock clock;

	/**
	 * Parsed versions by id. A version's content never changes once written (an edit writes a new
	 * version; only the "current" flag, which is not part of the view, moves), so the cache is safe on
	 * every node without invalidation; it spares each form page, submission and dossier view the JSON
	 * parsing of the schema, documents and workflow.
	 */
	private final Map<Long, ProcedureView> versions = new ConcurrentHashMap<>();

	Catalog(ProcedureRepository procedures, Clock clock) {
		this.procedures = procedures;
		this.clock = clock;
	}

	private ProcedureView view(Procedure procedure) {
		ProcedureView cached = versions.get(procedure.id());
		if (cached != null) {
			return cached;
		}
		if (versions.size() >= MAX_CACHED_VERSIONS) {
			versions.clear();
		}
		ProcedureView view = procedure.view();
		versions.put(view.id(), view);
		return view;
	}

	public List<ProcedureView> search(String query) {
		List<Procedure> found = query == null || query.isBlank() ? procedures.findByCurrentTrueOrderByFieldAscNameAsc()
				: procedures.searchCurrent(VietnameseText.containsPattern(query));
		return found.stream().map(this::view).toList();
	}

	public ProcedureView current(String code) {
		return procedures.currentId(code).flatMap(this::version)
			.orElseThrow(() -> new NotFoundException("procedure " + code));
	}

	/** The current version, if the catalogue has the procedure. */
	public Optional<ProcedureView> find(String code) {
		return code == null ? Optional.empty() : procedures.currentId(code.strip()).flatMap(this::version);
	}

	public Optional<ProcedureView> version(long id) {
		ProcedureView cached = versions.get(id);
		return cached != null ? Optional.of(cached) : procedures.findById(id).map(this::view);
	}

	public List<ProcedureView> history(String code) {
		return procedures.findByCodeOrderByVersionDesc(code).stream().map(this::view).toList();
	}

	/**
	 * Writes a new version of the procedure (or its first one) and makes it the current one. Earlier
	 * versions stay, untouched, for the dossiers filed under them.
	 */
	@Transactional
	public ProcedureView publish(ProcedureForm form, String by) {
		check(form);
		List<Procedure> earlier = procedures.findByCodeOrderByVersionDesc(form.code().strip());
		earlier.forEach(Procedure::supersede);
		procedures.saveAllAndFlush(earlier);
		int next = earlier.isEmpty() ? 1 : earlier.getFirst().version() + 1;
		return view(procedures.save(new Procedure(form, next, clock.instant(), by)));
	}

	private static void check(ProcedureForm form) {
		if (form.code() == null || !form.code().strip().matches("\\d\\.\\d{6}")) {
			throw new InvalidInputException("procedure.invalid.code");
		}
		if (blank(form.name()) || blank(form.field()) || blank(form.legalBasis()) || blank(form.resultName())
				|| blank(form.sourceNote()) || form.feeRule() == null || form.serviceLevel() == null) {
			throw new InvalidInputException("procedure.invalid.missing");
		}
		if (form.feeVnd() < 0 || form.unitFeeVnd() < 0 || form.processingDays() < 0 || form.processingDays() > 90) {
			throw new InvalidInputException("procedure.invalid.numbers");
		}
		try {
			FormSchema.parse(form.formSchema());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("procedure.invalid.schema", ex.getMessage());
		}
		List<WorkflowStep> steps = form.workflow() == null ? List.of() : form.workflow();
		boolean everyStep = STEPS.stream().allMatch(s -> steps.stream().anyMatch(w -> w.step().equals(s)));
		boolean knownRoles = steps.stream().allMatch(w -> STEPS.contains(w.step()) && ROLES.contains(w.role()));
		int shares = steps.stream().mapToInt(WorkflowStep::sharePercent).sum();
		if (!everyStep || !knownRoles || shares != 100) {
			throw new InvalidInputException("procedure.invalid.workflow");
		}
		// separation of duties: whoever receives a dossier is not whoever approves (signs) it
		String receives = steps.stream().filter(w -> w.step().equals("RECEIVE")).map(WorkflowStep::role).findFirst().orElseThrow();
		String approves = steps.stream().filter(w -> w.step().equals("APPROVE")).map(WorkflowStep::role).findFirst().orElseThrow();
		if (receives.equals(approves)) {
			throw new InvalidInputException("procedure.invalid.separation");
		}
		if (form.documents() == null || form.documents().stream().anyMatch(d -> blank(d.key()) || blank(d.name())
				|| !d.key().matches("[a-z][a-zA-Z0-9]{0,30}"))) {
			throw new InvalidInputException("procedure.invalid.documents");
		}
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
