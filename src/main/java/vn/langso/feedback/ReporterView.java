package vn.langso.feedback;

/** Who reported: personal data, for staff only, and every read is written to the audit log. */
public record ReporterView(Long accountId, String name, String phone, boolean showsName) {
}
