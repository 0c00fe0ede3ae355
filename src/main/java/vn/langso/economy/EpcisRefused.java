package vn.langso.economy;

import java.util.List;

/**
 * An EPCIS document refused as a whole: each problem names the event (by position) and what is wrong,
 * as message keys with arguments. Nothing of the document is stored.
 */
public class EpcisRefused extends RuntimeException {

	/** One problem: the event's index in eventList (or -1 for the document), a message key and arguments. */
	public record Problem(int eventIndex, String messageKey, List<String> arguments) {
	}

	private final transient List<Problem> problems;

	EpcisRefused(List<Problem> problems) {
		super(problems.size() + " problem(s) in the EPCIS document");
		this.problems = List.copyOf(problems);
	}

	public List<Problem> problems() {
		return problems;
	}

}
