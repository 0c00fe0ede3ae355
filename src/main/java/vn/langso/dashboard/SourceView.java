package vn.langso.dashboard;

/**
 * A figure an indicator may name as its numerator or denominator, e.g. {@code dossier.returned-on-time}.
 *
 * @param snapshot counted as things stand now (the register, devices), not over the period's window
 * @param villages broken down by village as well as by commune
 */
public record SourceView(String code, String module, boolean snapshot, boolean villages) {

	public String messageKey() {
		return "dashboard.source." + code;
	}

}
