package vn.langso.economy;

import java.util.Optional;
import java.util.Set;

/**
 * The GS1 Core Business Vocabulary 2.0 values EPCIS events may use bare ("shipping"), as a URN
 * ("urn:epcglobal:cbv:bizstep:shipping") or as a web URI ("https://ref.gs1.org/cbv/BizStep-shipping").
 * A user vocabulary may also be any absolute URI outside GS1's namespaces.
 */
final class Cbv {

	static final Set<String> BIZ_STEPS = Set.of("accepting", "arriving", "assembling", "collecting", "commissioning",
			"consigning", "creating_class_instance", "cycle_counting", "decommissioning", "departing", "destroying",
			"disassembling", "dispensing", "encoding", "entering_exiting", "holding", "inspecting", "installing", "killing",
			"loading", "other", "packing", "picking", "receiving", "removing", "repackaging", "repairing", "replacing",
			"reserving", "retail_selling", "shipping", "staging_outbound", "stock_taking", "stocking", "storing",
			"transporting", "unloading", "unpacking", "void_shipping", "sensor_reporting", "sampling");

	static final Set<String> DISPOSITIONS = Set.of("active", "container_closed", "damaged", "destroyed", "dispensed",
			"disposed", "encoded", "expired", "in_progress", "in_transit", "inactive", "no_pedigree_match",
			"non_sellable_other", "partially_dispensed", "recalled", "reserved", "retail_sold", "returned",
			"sellable_accessible", "sellable_not_accessible", "stolen", "unknown", "available", "completeness_verified",
			"completeness_inferred", "conformant", "container_open", "mismatch_instance", "mismatch_class",
			"mismatch_quantity", "needs_replacement", "non_conformant", "unavailable");

	static final Set<String> BIZ_TRANSACTION_TYPES = Set.of("bol", "cert", "desadv", "inv", "pedigree", "po", "poc",
			"prodorder", "recadv", "rma", "testprd", "testres");

	static final Set<String> SOURCE_DESTINATION_TYPES = Set.of("owning_party", "possessing_party", "location");

	private Cbv() {
	}

	/** The web URI of a business step, or empty when the value is not one. */
	static Optional<String> bizStep(String value) {
		return expand(value, BIZ_STEPS, "urn:epcglobal:cbv:bizstep:", "BizStep-");
	}

	static Optional<String> disposition(String value) {
		return expand(value, DISPOSITIONS, "urn:epcglobal:cbv:disp:", "Disp-");
	}

	static Optional<String> bizTransactionType(String value) {
		return expand(value, BIZ_TRANSACTION_TYPES, "urn:epcglobal:cbv:btt:", "BTT-");
	}

	static Optional<String> sourceDestinationType(String value) {
		return expand(value, SOURCE_DESTINATION_TYPES, "urn:epcglobal:cbv:sdt:", "SDT-");
	}

	/** A standard CBV value in its short form ({@code shipping}), as GS1's examples list them; anything else as it is. */
	static String shortForm(String value) {
		String web = "https://ref.gs1.org/cbv/";
		for (String prefix : new String[] { "BizStep-", "Disp-", "BTT-", "SDT-" }) {
			if (value.startsWith(web + prefix)) {
				return value.substring(web.length() + prefix.length());
			}
		}
		return value;
	}

	private static Optional<String> expand(String value, Set<String> terms, String urnPrefix, String webPrefix) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		String web = "https://ref.gs1.org/cbv/" + webPrefix;
		String term = null;
		if (terms.contains(value)) {
			term = value;
		}
		else if (value.startsWith(urnPrefix)) {
			term = value.substring(urnPrefix.length());
		}
		else if (value.startsWith(web)) {
			term = value.substring(web.length());
		}
		else if (value.startsWith("urn:epcglobal:cbv:") || value.startsWith("https://ref.gs1.org/")
				|| value.startsWith("https://gs1.org/voc/")) {
			return Optional.empty();
		}
		else if (isUserVocabulary(value)) {
			return Optional.of(value);
		}
		return term != null && terms.contains(term) ? Optional.of(web + term) : Optional.empty();
	}

	/** A user-defined vocabulary value: an absolute http(s) URI or URN, never a bare word. */
	private static boolean isUserVocabulary(String value) {
		return value.matches("https?://[^\\s/]+/\\S*") || value.matches("urn:[a-zA-Z0-9][a-zA-Z0-9-]{0,31}:\\S+");
	}

}
