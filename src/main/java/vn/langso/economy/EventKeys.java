package vn.langso.economy;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * The identifiers an event names, each with the role it plays there ({@code role|identifier}), so the
 * query can tell MATCH_epc (epcList, childEPCs) from MATCH_parentID, MATCH_inputEPC, MATCH_epcClass and
 * the others of EPCIS 2.0 section 8.2.7.1, and answer EQ_transformationID, EQ_bizTransaction_type,
 * EQ_source_type and EQ_destination_type. Identifiers are in canonical form ({@link EventHash#identifier}).
 */
final class EventKeys {

	private static final Map<String, String> EPC_LISTS = Map.of("epcList", "epc", "childEPCs", "epc", "inputEPCList",
			"inputEPC", "outputEPCList", "outputEPC");

	private static final Map<String, String> QUANTITY_LISTS = Map.of("quantityList", "epcClass", "childQuantityList",
			"epcClass", "inputQuantityList", "inputEPCClass", "outputQuantityList", "outputEPCClass");

	private EventKeys() {
	}

	static Set<String> of(JsonNode event) {
		Set<String> keys = new LinkedHashSet<>();
		EPC_LISTS.forEach((list, role) -> event.path(list).forEach(item -> add(keys, role, item.asString(null))));
		QUANTITY_LISTS.forEach((list, role) -> event.path(list)
			.forEach(item -> add(keys, role, item.path("epcClass").asString(null))));
		add(keys, "parentID", event.path("parentID").asString(null));
		add(keys, "transformationID", event.path("transformationID").asString(null));
		event.path("bizTransactionList").forEach(item -> Cbv.bizTransactionType(item.path("type").asString(null))
			.ifPresent(type -> add(keys, "bizTransaction|" + type, item.path("bizTransaction").asString(null))));
		event.path("sourceList").forEach(item -> Cbv.sourceDestinationType(item.path("type").asString(null))
			.ifPresent(type -> add(keys, "source|" + type, item.path("source").asString(null))));
		event.path("destinationList").forEach(item -> Cbv.sourceDestinationType(item.path("type").asString(null))
			.ifPresent(type -> add(keys, "destination|" + type, item.path("destination").asString(null))));
		return keys;
	}

	static String key(String role, String identifier) {
		return role + "|" + identifier;
	}

	private static void add(Set<String> keys, String role, String identifier) {
		if (identifier != null && !identifier.isBlank()) {
			keys.add(key(role, EventHash.identifier(identifier)));
		}
	}

}
