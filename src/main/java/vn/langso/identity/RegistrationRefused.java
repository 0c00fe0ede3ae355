package vn.langso.identity;

import java.util.List;

/** Thrown when a registration passes the form's checks but the domain refuses it; nothing was saved. */
public class RegistrationRefused extends RuntimeException {

	private final transient List<FieldProblem> problems;

	RegistrationRefused(List<FieldProblem> problems) {
		super("registration refused: " + problems);
		this.problems = List.copyOf(problems);
	}

	public List<FieldProblem> problems() {
		return problems;
	}

}
