package vn.langso.economy;

/**
 * A query the EPCIS 2.0 REST binding refuses, with the exception type GS1 names for it:
 * {@code QueryParameterException} (400) for a parameter the query language does not know or a value of the
 * wrong form, {@code ImplementationException} (501) for a standard parameter this repository cannot answer.
 */
public class EpcisQueryException extends RuntimeException {

	public enum Kind {
		QUERY_PARAMETER, NOT_IMPLEMENTED
	}

	private final Kind kind;

	private final String parameter;

	private final String value;

	private EpcisQueryException(Kind kind, String parameter, String value) {
		super(kind + ": " + parameter);
		this.kind = kind;
		this.parameter = parameter;
		this.value = value;
	}

	static EpcisQueryException parameter(String parameter, String value) {
		return new EpcisQueryException(Kind.QUERY_PARAMETER, parameter, value);
	}

	/** A resource path that names a condition which the query string names again. */
	public static EpcisQueryException conflict(String parameter) {
		return new EpcisQueryException(Kind.QUERY_PARAMETER, parameter, "");
	}

	static EpcisQueryException unsupported(String parameter) {
		return new EpcisQueryException(Kind.NOT_IMPLEMENTED, parameter, "");
	}

	public Kind kind() {
		return kind;
	}

	public String parameter() {
		return parameter;
	}

	public String value() {
		return value;
	}

}
