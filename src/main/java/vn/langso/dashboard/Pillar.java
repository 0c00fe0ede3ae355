package vn.langso.dashboard;

/** The three pillars of digital transformation (chính quyền số, kinh tế số, xã hội số). */
public enum Pillar {
	GOVERNMENT, ECONOMY, SOCIETY;

	public String messageKey() {
		return "dashboard.pillar." + name();
	}
}
