package vn.langso.economy;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The JSON-LD envelope shared by the documents this module writes. */
final class EpcisJson {

	static final String CONTEXT = "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld";

	/** LàngSố's own vocabulary (planting step, notes), declared in every document it writes. */
	static final String LANGSO_PREFIX = "langso";

	static final String LANGSO_NAMESPACE = "https://langso.vn/voc/";

	static final JsonMapper MAPPER = JsonMapper.builder().build();

	private EpcisJson() {
	}

	static ArrayNode context() {
		ArrayNode context = MAPPER.createArrayNode().add(CONTEXT);
		context.addObject().put(LANGSO_PREFIX, LANGSO_NAMESPACE);
		return context;
	}

	static Map<String, String> ownNamespaces() {
		return Map.of(LANGSO_PREFIX, LANGSO_NAMESPACE);
	}

	/** Prefixes declared in a document's {@code @context} objects, for hashing extension fields. */
	static Map<String, String> namespacesOf(JsonNode document) {
		Map<String, String> namespaces = new LinkedHashMap<>();
		JsonNode context = document.path("@context");
		if (context.isObject()) {
			collect(context, namespaces);
		}
		else if (context.isArray()) {
			context.forEach(item -> collect(item, namespaces));
		}
		return namespaces;
	}

	private static void collect(JsonNode node, Map<String, String> namespaces) {
		if (node.isObject()) {
			node.properties().forEach(entry -> {
				if (entry.getValue().isString() && !entry.getKey().startsWith("@")) {
					namespaces.put(entry.getKey(), entry.getValue().asString());
				}
			});
		}
	}

	static ObjectNode document(String type, String creationDate) {
		ObjectNode document = MAPPER.createObjectNode();
		document.set("@context", context());
		document.put("type", type);
		document.put("schemaVersion", "2.0");
		document.put("creationDate", creationDate);
		return document;
	}

	static JsonNode read(String json) {
		return MAPPER.readTree(json);
	}

}
