package vn.langso.catalog;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An application form described by JSON Schema (draft 2020-12 vocabulary, the subset a flat form
 * needs): an object whose properties are strings (with maxLength, pattern, enum, format "date"),
 * integers (minimum, maximum) or booleans, with "title" as the Vietnamese label and "required".
 * Two extension keywords: {@code x-prefill} (where a known value comes from) and {@code x-sensitive}.
 * Any other keyword is refused when the schema is saved, so a form never promises a check the server
 * does not make.
 */
public final class FormSchema {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Set<String> ROOT_KEYWORDS = Set.of("$schema", "$id", "title", "description", "type",
			"required", "properties", "additionalProperties");

	private static final Set<String> FIELD_KEYWORDS = Set.of("type", "title", "description", "maxLength", "pattern",
			"enum", "format", "minimum", "maximum", "default", "x-prefill", "x-sensitive");

	private final String json;

	private final List<FormField> fields;

	private FormSchema(String json, List<FormField> fields) {
		this.json = json;
		this.fields = List.copyOf(fields);
	}

	/** Reads a schema; throws {@link IllegalArgumentException} naming what is wrong with it. */
	public static FormSchema parse(String json) {
		JsonNode root;
		try {
			root = JSON.readTree(json);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("not JSON: " + ex.getOriginalMessage());
		}
		if (root == null || !root.isObject() || !"object".equals(root.path("type").asString(""))) {
			throw new IllegalArgumentException("the schema must be an object schema");
		}
		for (String keyword : root.propertyNames()) {
			if (!ROOT_KEYWORDS.contains(keyword)) {
				throw new IllegalArgumentException("unsupported keyword " + keyword);
			}
		}
		List<String> required = new ArrayList<>();
		root.path("required").forEach(r -> required.add(r.asString()));
		List<FormField> fields = new ArrayList<>();
		for (Map.Entry<String, JsonNode> property : root.path("properties").properties()) {
			fields.add(field(property.getKey(), property.getValue(), required.contains(property.getKey())));
		}
		if (fields.isEmpty()) {
			throw new IllegalArgumentException("the schema has no properties");
		}
		for (String name : required) {
			if (fields.stream().noneMatch(f -> f.name().equals(name))) {
				throw new IllegalArgumentException("required names an unknown property " + name);
			}
		}
		return new FormSchema(json, fields);
	}

	private static FormField field(String name, JsonNode node, boolean required) {
		if (!name.matches("[A-Za-z][A-Za-z0-9]{0,40}")) {
			throw new IllegalArgumentException("property names are letters and digits: " + name);
		}
		for (String keyword : node.propertyNames()) {
			if (!FIELD_KEYWORDS.contains(keyword)) {
				throw new IllegalArgumentException("unsupported keyword " + keyword + " in " + name);
			}
		}
		String type = node.path("type").asString("");
		if (!Set.of("string", "integer", "boolean").contains(type)) {
			throw new IllegalArgumentException("type of " + name + " must be string, integer or boolean");
		}
		String format = node.has("format") ? node.get("format").asString() : null;
		if (format != null && !"date".equals(format)) {
			throw new IllegalArgumentException("only format date is supported (" + name + ")");
		}
		String pattern = node.has("pattern") ? node.get("pattern").asString() : null;
		if (pattern != null) {
			try {
				Pattern.compile(pattern);
			}
			catch (PatternSyntaxException ex) {
				throw new IllegalArgumentException("bad pattern in " + name);
			}
		}
		List<String> options = new ArrayList<>();
		node.path("enum").forEach(o -> options.add(o.asString()));
		return new FormField(name, node.path("title").asString(name), type, format, options, required,
				node.has("maxLength") ? node.get("maxLength").asInt() : null, pattern,
				node.has("minimum") ? node.get("minimum").asLong() : null,
				node.has("maximum") ? node.get("maximum").asLong() : null,
				node.has("default") ? node.get("default").asString() : null,
				node.has("x-prefill") ? node.get("x-prefill").asString() : null,
				node.path("x-sensitive").asBoolean(false), node.has("description") ? node.get("description").asString() : null);
	}

	public List<FormField> fields() {
		return fields;
	}

	public String json() {
		return json;
	}

	/** The result of checking typed values: the typed values by field, and what is wrong. */
	public record Checked(Map<String, Object> values, List<FormProblem> problems) {

		public boolean isValid() {
			return problems.isEmpty();
		}

	}

	/**
	 * Checks what a person typed (every value as text, as a form posts it) and converts it to the
	 * schema's types. Unknown names are refused, blank optional fields are left out.
	 */
	public Checked check(Map<String, String> typed) {
		Map<String, Object> values = new LinkedHashMap<>();
		List<FormProblem> problems = new ArrayList<>();
		for (String name : typed.keySet()) {
			if (fields.stream().noneMatch(f -> f.name().equals(name))) {
				problems.add(new FormProblem(name, "form.unknown"));
			}
		}
		for (FormField field : fields) {
			String raw = typed.get(field.name());
			raw = raw == null ? null : raw.strip();
			if (raw == null || raw.isEmpty()) {
				if (field.required() && !"boolean".equals(field.type())) {
					problems.add(new FormProblem(field.name(), "form.required", field.title()));
				}
				if ("boolean".equals(field.type())) {
					values.put(field.name(), false);
				}
				continue;
			}
			checkOne(field, raw, values, problems);
		}
		return new Checked(values, problems);
	}

	private static void checkOne(FormField field, String raw, Map<String, Object> values, List<FormProblem> problems) {
		switch (field.type()) {
			case "boolean" -> values.put(field.name(), "true".equals(raw) || "on".equals(raw));
			case "integer" -> {
				long number;
				try {
					number = Long.parseLong(raw);
				}
				catch (NumberFormatException ex) {
					problems.add(new FormProblem(field.name(), "form.integer", field.title()));
					return;
				}
				if ((field.minimum() != null && number < field.minimum())
						|| (field.maximum() != null && number > field.maximum())) {
					problems.add(new FormProblem(field.name(), "form.range", field.title(), field.minimum(), field.maximum()));
					return;
				}
				values.put(field.name(), number);
			}
			default -> {
				if (field.maxLength() != null && raw.length() > field.maxLength()) {
					problems.add(new FormProblem(field.name(), "form.tooLong", field.title(), field.maxLength()));
				}
				else if (field.hasOptions() && !field.options().contains(raw)) {
					problems.add(new FormProblem(field.name(), "form.option", field.title()));
				}
				else if (field.pattern() != null && !Pattern.compile(field.pattern()).matcher(raw).matches()) {
					problems.add(new FormProblem(field.name(), "form.pattern", field.title()));
				}
				else if (field.isDate() && !isDate(raw)) {
					problems.add(new FormProblem(field.name(), "form.date", field.title()));
				}
				else {
					values.put(field.name(), raw);
				}
			}
		}
	}

	private static boolean isDate(String raw) {
		try {
			LocalDate.parse(raw);
			return true;
		}
		catch (DateTimeParseException ex) {
			return false;
		}
	}

}
