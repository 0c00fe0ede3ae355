package vn.langso.catalog;

/** A form value the schema refuses, with the UI message key (catalog bundle) and its arguments. */
public record FormProblem(String field, String messageKey, Object... arguments) {
}
