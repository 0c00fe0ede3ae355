package vn.langso.catalog;

/**
 * One paper of a procedure's dossier (thành phần hồ sơ).
 *
 * @param key how the dossier refers to the uploaded file
 * @param required false for papers asked only in some cases
 */
public record ProcedureDocument(String key, String name, boolean required) {
}
