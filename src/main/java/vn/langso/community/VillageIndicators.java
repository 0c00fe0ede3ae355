package vn.langso.community;

/**
 * Digital-society indicators of one village (or, summed, of a commune), counted from the register.
 * Shares are in whole per cent of residents (or households for reach).
 */
public record VillageIndicators(long areaId, String name, long households, long householdsReached, long residents,
		long trained, long withEpayment, long withVneidLevel2, long usingOnlineServices, long withSmartphone) {

	public int reachedPercent() {
		return percent(householdsReached, households);
	}

	public int trainedPercent() {
		return percent(trained, residents);
	}

	public int epaymentPercent() {
		return percent(withEpayment, residents);
	}

	public int vneidPercent() {
		return percent(withVneidLevel2, residents);
	}

	public int onlinePercent() {
		return percent(usingOnlineServices, residents);
	}

	public int smartphonePercent() {
		return percent(withSmartphone, residents);
	}

	VillageIndicators plus(VillageIndicators o) {
		return new VillageIndicators(areaId, name, households + o.households, householdsReached + o.householdsReached,
				residents + o.residents, trained + o.trained, withEpayment + o.withEpayment,
				withVneidLevel2 + o.withVneidLevel2, usingOnlineServices + o.usingOnlineServices,
				withSmartphone + o.withSmartphone);
	}

	private static int percent(long part, long whole) {
		return whole == 0 ? 0 : (int) Math.round(100.0 * part / whole);
	}

}
