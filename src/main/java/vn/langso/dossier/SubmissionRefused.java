package vn.langso.dossier;

import java.util.List;

import vn.langso.catalog.FormProblem;
import vn.langso.shared.InvalidInputException;

/** The form or its attachments were refused; each problem names its field. Nothing was saved. */
public class SubmissionRefused extends InvalidInputException {

	private final transient List<FormProblem> problems;

	public SubmissionRefused(List<FormProblem> problems) {
		super("dossier.refused");
		this.problems = List.copyOf(problems);
	}

	public List<FormProblem> problems() {
		return problems;
	}

}
