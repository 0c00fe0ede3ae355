package vn.langso.economy;

import vn.langso.shared.InvalidInputException;

/** A domain refusal that belongs to one field of a form, so the page shows it next to that field. */
public class FieldRefused extends InvalidInputException {

	private final String field;

	FieldRefused(String field, String messageKey, Object... arguments) {
		super(messageKey, arguments);
		this.field = field;
	}

	public String field() {
		return field;
	}

}
