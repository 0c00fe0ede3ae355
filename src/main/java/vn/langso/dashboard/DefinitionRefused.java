package vn.langso.dashboard;

import vn.langso.shared.InvalidInputException;

/** An indicator definition that cannot be computed; {@code field} is the form field at fault. */
public class DefinitionRefused extends InvalidInputException {

	private final String field;

	DefinitionRefused(String field, String messageKey, Object... arguments) {
		super(messageKey, arguments);
		this.field = field;
	}

	public String field() {
		return field;
	}

}
