package vn.langso.dossier;

/**
 * Where a dossier was filed: online by the applicant, at the commune's one-stop desk (Bộ phận Một cửa)
 * or at a public-service point (điểm phục vụ, e.g. a post office of bưu chính công ích) by an officer
 * who received the paper dossier and scanned it.
 */
public enum DossierChannel {

	ONLINE, COUNTER, SERVICE_POINT;

	public boolean online() {
		return this == ONLINE;
	}

	public String messageKey() {
		return "dossier.channel." + name();
	}

}
