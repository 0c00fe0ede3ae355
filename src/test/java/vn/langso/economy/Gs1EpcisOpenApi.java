package vn.langso.economy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Validates JSON against components of GS1's EPCIS 2.0 REST binding OpenAPI (the vendored excerpt
 * {@code /epcis/openapi-excerpt.yaml}) and against GS1's query-parameter schema ({@code /epcis/query-schema.json}).
 */
final class Gs1EpcisOpenApi {

	static final JsonNode OPENAPI = load();

	private Gs1EpcisOpenApi() {
	}

	private static JsonNode load() {
		try {
			return YAMLMapper.builder().build().readTree(EventHashTests.resource("/epcis/openapi-excerpt.yaml"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Errors of {@code json} against a schema, e.g. "schemas/CaptureJob" or "responses/401UnauthorizedRequest". */
	static List<Error> validate(String component, String json) {
		String pointer = component.startsWith("responses/")
				? "#/components/" + component + "/content/application~1problem+json/schema"
				: "#/components/" + component;
		ObjectNode root = YAMLMapper.builder().build().createObjectNode();
		root.put("$ref", pointer);
		root.set("components", OPENAPI.get("components"));
		return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
			.getSchema(root.toString(), InputFormat.JSON)
			.validate(json, InputFormat.JSON, context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
	}

	/** Whether GS1's query schema knows a parameter name (as a list of strings or as a time, whichever it wants). */
	static boolean queryLanguageKnows(String name) {
		try {
			var schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
				.getSchema(EventHashTests.resource("/epcis/query-schema.json"), InputFormat.JSON);
			ObjectNode asList = YAMLMapper.builder().build().createObjectNode();
			asList.putArray(name).add("x");
			ObjectNode asTime = YAMLMapper.builder().build().createObjectNode();
			asTime.put(name, "2026-01-01T00:00:00Z");
			return schema.validate(asList.toString(), InputFormat.JSON).isEmpty()
					|| schema.validate(asTime.toString(), InputFormat.JSON).isEmpty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The version headers' pattern from the OpenAPI's {@code version} schema. */
	static String versionPattern() {
		return OPENAPI.path("components").path("schemas").path("version").path("pattern").asString();
	}

}
