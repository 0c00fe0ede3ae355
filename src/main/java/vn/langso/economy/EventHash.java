package vn.langso.economy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * The EPCIS event hash ID of CBV 2.0 (section 8.9): a canonical "pre-hash" string of the event's fields
 * in a fixed order, with times in UTC to the millisecond, CBV values as web URIs, EPC URNs as canonical
 * GS1 Digital Links and list items sorted; its SHA-256 as {@code ni:///sha-256;<hex>?ver=CBV2.0}.
 * Checked against the pre-hash strings of the reference implementation (openepcis event-hash-generator).
 */
final class EventHash {

	/** The field order of the canonical form; user extensions follow, sorted. */
	private static final List<String> ORDER = List.of("eventType", "eventTime", "eventTimeZoneOffset", "certificationInfo",
			"parentID", "epcList", "inputEPCList", "childEPCs", "quantityList", "childQuantityList", "inputQuantityList",
			"outputEPCList", "outputQuantityList", "action", "transformationID", "bizStep", "disposition",
			"persistentDisposition", "readPoint", "bizLocation", "bizTransactionList", "sourceList", "destinationList",
			"sensorElementList", "ilmd");

	private static final Set<String> NOT_HASHED = Set.of("@context", "type", "eventID", "recordTime", "errorDeclaration");

	private static final DateTimeFormatter UTC_MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'");

	private EventHash() {
	}

	static String of(JsonNode event, Map<String, String> namespaces) {
		return "ni:///sha-256;" + sha256(preHash(event, namespaces)) + "?ver=CBV2.0";
	}

	static String preHash(JsonNode event, Map<String, String> namespaces) {
		StringBuilder out = new StringBuilder("eventType=").append(event.path("type").asString());
		for (String field : ORDER.subList(1, ORDER.size())) {
			JsonNode value = event.get(field);
			if (value != null && !value.isNull()) {
				out.append(field(field, value, namespaces));
			}
		}
		List<String> extensions = new ArrayList<>();
		for (Map.Entry<String, JsonNode> entry : event.properties()) {
			if (!ORDER.contains(entry.getKey()) && !NOT_HASHED.contains(entry.getKey())) {
				extensions.add(extension(entry.getKey(), entry.getValue(), namespaces));
			}
		}
		extensions.stream().sorted().forEach(out::append);
		return out.toString();
	}

	private static String field(String name, JsonNode value, Map<String, String> namespaces) {
		return switch (name) {
			case "eventTime" -> "eventTime=" + utc(value.asString());
			case "epcList", "inputEPCList", "outputEPCList", "childEPCs" -> name + sortedJoin(value, "epc=", true);
			case "parentID", "transformationID" -> name + "=" + identifier(value.asString());
			case "quantityList", "childQuantityList", "inputQuantityList", "outputQuantityList" -> name + quantities(value);
			case "bizStep" -> "bizStep=" + Cbv.bizStep(value.asString()).orElse(value.asString());
			case "disposition" -> "disposition=" + Cbv.disposition(value.asString()).orElse(value.asString());
			case "readPoint", "bizLocation" -> name + "id=" + identifier(value.path("id").asString());
			case "bizTransactionList" -> name + typed(value, "bizTransaction", true);
			case "sourceList" -> name + typed(value, "source", false);
			case "destinationList" -> name + typed(value, "destination", false);
			case "ilmd" -> "ilmd" + extensionsOf(value, namespaces);
			default -> name + "=" + (value.isValueNode() ? value.asString() : value.toString());
		};
	}

	static String utc(String time) {
		return OffsetDateTime.parse(time).withOffsetSameInstant(ZoneOffset.UTC).format(UTC_MILLIS);
	}

	private static String sortedJoin(JsonNode list, String prefix, boolean identifiers) {
		List<String> items = new ArrayList<>();
		list.forEach(item -> items.add(prefix + (identifiers ? identifier(item.asString()) : item.asString())));
		return String.join("", items.stream().sorted().toList());
	}

	private static String quantities(JsonNode list) {
		List<String> items = new ArrayList<>();
		for (JsonNode element : list) {
			StringBuilder item = new StringBuilder("quantityElementepcClass=").append(identifier(element.path("epcClass").asString()));
			if (element.has("quantity")) {
				item.append("quantity=").append(new BigDecimal(element.get("quantity").asString()).stripTrailingZeros().toPlainString());
			}
			if (element.has("uom")) {
				item.append("uom=").append(element.get("uom").asString());
			}
			items.add(item.toString());
		}
		return String.join("", items.stream().sorted().toList());
	}

	private static String typed(JsonNode list, String valueField, boolean transaction) {
		List<String> items = new ArrayList<>();
		for (JsonNode element : list) {
			String type = element.path("type").asString(null);
			String expanded = type == null ? null
					: (transaction ? Cbv.bizTransactionType(type) : Cbv.sourceDestinationType(type)).orElse(type);
			items.add((expanded == null ? "" : "type=" + expanded) + valueField + "=" + identifier(element.path(valueField).asString()));
		}
		return String.join("", items.stream().sorted().toList());
	}

	private static String extensionsOf(JsonNode object, Map<String, String> namespaces) {
		List<String> items = new ArrayList<>();
		object.properties().forEach(entry -> items.add(extension(entry.getKey(), entry.getValue(), namespaces)));
		return String.join("", items.stream().sorted().toList());
	}

	private static String extension(String key, JsonNode value, Map<String, String> namespaces) {
		int colon = key.indexOf(':');
		String name = key;
		if (colon > 0 && namespaces.containsKey(key.substring(0, colon))) {
			name = "{" + namespaces.get(key.substring(0, colon)) + "}" + key.substring(colon + 1);
		}
		if (value.isObject()) {
			return name + extensionsOf(value, namespaces);
		}
		return name + "=" + (value.isString() ? value.asString() : value.toString());
	}

	/** EPC URNs in their canonical GS1 Digital Link form; Digital Links moved to id.gs1.org; others as they are. */
	static String identifier(String id) {
		if (id.startsWith("urn:epc:id:sgtin:")) {
			String[] parts = id.substring("urn:epc:id:sgtin:".length()).split("\\.", 3);
			String body = parts[1].charAt(0) + parts[0] + parts[1].substring(1);
			return DigitalLink.CANONICAL_HOST + "/01/" + body + Gtins.checkDigit(body) + "/21/" + parts[2];
		}
		if (id.startsWith("urn:epc:class:lgtin:")) {
			String[] parts = id.substring("urn:epc:class:lgtin:".length()).split("\\.", 3);
			String body = parts[1].charAt(0) + parts[0] + parts[1].substring(1);
			return DigitalLink.CANONICAL_HOST + "/01/" + body + Gtins.checkDigit(body) + "/10/" + parts[2];
		}
		if (id.startsWith("urn:epc:id:sgln:")) {
			String[] parts = id.substring("urn:epc:id:sgln:".length()).split("\\.", 3);
			String gln = parts[0] + parts[1];
			String withCheck = gln + Gtins.checkDigit(gln);
			return DigitalLink.CANONICAL_HOST + "/414/" + withCheck + ("0".equals(parts[2]) ? "" : "/254/" + parts[2]);
		}
		if (id.startsWith("urn:epc:id:sscc:")) {
			String[] parts = id.substring("urn:epc:id:sscc:".length()).split("\\.", 2);
			String body = parts[1].charAt(0) + parts[0] + parts[1].substring(1);
			return DigitalLink.CANONICAL_HOST + "/00/" + body + Gtins.checkDigit(body);
		}
		if (DigitalLink.looksLikeDigitalLink(id)) {
			int path = id.indexOf("/01/");
			return DigitalLink.CANONICAL_HOST + id.substring(path);
		}
		return id;
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
