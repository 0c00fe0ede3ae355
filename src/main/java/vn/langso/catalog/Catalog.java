package vn.langso.catalog;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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

	private final ProcedureRepository procedures;

	private final Clock clock;

	Catalog(ProcedureRepository procedures, Clock clock) {
		this.procedures = procedures;
		this.clock = clock;
	}

	public List<ProcedureView> search(String query) {
		List<Procedure> found = query == null || query.isBlank() ? procedures.findByCurrentTrueOrderByFieldAscNameAsc()
				: procedures.searchCurrent(VietnameseText.containsPattern(query));
		return found.stream().map(Procedure::view).toList();
	}

	public ProcedureView current(String code) {
		return procedures.findByCodeAndCurrentTrue(code).map(Procedure::view)
			.orElseThrow(() -> new NotFoundException("procedure " + code));
	}

	public Optional<ProcedureView> version(long id) {
		return procedures.findById(id).map(Procedure::view);
	}

	public List<ProcedureView> history(String code) {
		return procedures.findByCodeOrderByVersionDesc(code).stream().map(Procedure::view).toList();
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
		return procedures.save(new Procedure(form, next, clock.instant(), by)).view();
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
		if (form.documents() == null || form.documents().stream().anyMatch(d -> blank(d.key()) || blank(d.name())
				|| !d.key().matches("[a-z][a-zA-Z0-9]{0,30}"))) {
			throw new InvalidInputException("procedure.invalid.documents");
		}
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
