package vn.langso.community;

/** Why one row of a sheet cannot be imported: the row number as Excel shows it and a message key. */
public record ImportProblem(int row, String messageKey, String value) {
}
