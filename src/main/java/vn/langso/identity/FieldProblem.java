package vn.langso.identity;

/** A refusal tied to one form field, with the UI message key that explains it. */
public record FieldProblem(String field, String messageKey) {
}
