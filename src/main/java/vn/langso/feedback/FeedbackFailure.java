package vn.langso.feedback;

/** A report refused for a field: the page shows the message under that field. */
public class FeedbackFailure extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final transient Object[] arguments;

	public FeedbackFailure(String field, String messageKey, Object... arguments) {
		super(field + ": " + messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

}
