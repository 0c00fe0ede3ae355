package vn.langso.dashboard;

/** Red / amber / green against the target: green at or above it, amber from 80 % of it, red below. */
public enum Rag {
	GREEN, AMBER, RED, NONE;

	static final double AMBER_SHARE = 0.8;

	static Rag of(Double value, double target) {
		if (value == null) {
			return NONE;
		}
		if (value >= target) {
			return GREEN;
		}
		return value >= target * AMBER_SHARE ? AMBER : RED;
	}

	public String messageKey() {
		return "dashboard.rag." + name();
	}

	public String css() {
		return "rag-" + name().toLowerCase(java.util.Locale.ROOT);
	}
}
