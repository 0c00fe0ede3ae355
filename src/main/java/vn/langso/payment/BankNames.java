package vn.langso.payment;

import java.util.Map;

/**
 * The name a person looks for in a banking app's list, from the NAPAS BIN of the account
 * (shared/reference/vietnam-facts.md §8.3). An unknown BIN is shown as the BIN itself.
 */
final class BankNames {

	private static final Map<String, String> BY_BIN = Map.ofEntries(Map.entry("970425", "ABBank"),
			Map.entry("970416", "ACB"), Map.entry("970405", "Agribank"), Map.entry("970438", "BaoViet Bank"),
			Map.entry("970418", "BIDV"), Map.entry("970406", "DongA Bank"), Map.entry("970431", "Eximbank"),
			Map.entry("970408", "GPBank"), Map.entry("970437", "HDBank"), Map.entry("970442", "Hong Leong"),
			Map.entry("970434", "Indovina"), Map.entry("970452", "KienlongBank"), Map.entry("970449", "LPBank"),
			Map.entry("970426", "MSB"), Map.entry("970422", "MB"), Map.entry("970428", "Nam A Bank"),
			Map.entry("970409", "Bac A Bank"), Map.entry("970419", "NCB"), Map.entry("970414", "OceanBank"),
			Map.entry("970448", "OCB"), Map.entry("970415", "VietinBank"), Map.entry("970436", "Vietcombank"),
			Map.entry("970407", "Techcombank"), Map.entry("422589", "CIMB"));

	private BankNames() {
	}

	static String of(String bin) {
		return BY_BIN.getOrDefault(bin, "BIN " + bin);
	}

}
