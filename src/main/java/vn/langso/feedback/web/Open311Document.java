package vn.langso.feedback.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes Open311 documents in both formats from one tree of maps and lists: XML as the spec shows it,
 * JSON by the "Spark convention" (the XML's root list becomes a JSON array, repeated children arrays).
 */
final class Open311Document {

	private static final Map<String, String> SINGULAR = Map.of("endpoints", "endpoint", "formats", "format",
			"attributes", "attribute", "values", "value", "services", "service", "service_requests", "request",
			"errors", "error");

	/** Looked up once: {@code newFactory()} searches the class path on every call. */
	private static final XMLOutputFactory XML_OUTPUT = XMLOutputFactory.newFactory();

	private Open311Document() {
	}

	/** A list document: XML {@code <root><item>…</item></root>}, JSON an array. */
	static String xmlList(String root, List<Map<String, Object>> items) {
		return xml(w -> {
			w.writeStartElement(root);
			for (Map<String, Object> item : items) {
				writeObject(w, SINGULAR.get(root), item);
			}
			w.writeEndElement();
		});
	}

	/** A single-object document such as discovery or a service definition. */
	static String xmlObject(String root, Map<String, Object> object) {
		return xml(w -> writeObject(w, root, object));
	}

	static String json(Object value) {
		StringBuilder out = new StringBuilder();
		writeJson(out, value);
		return out.toString();
	}

	/**
	 * A list document written item by item straight to {@code out}, so a long list is never held in
	 * memory: XML {@code <root><item>…</item></root>}, JSON an array. {@link ListStream#close()} ends the
	 * document and flushes, it does not close {@code out}.
	 */
	static ListStream listStream(boolean xml, String root, Writer out) {
		return xml ? new XmlListStream(root, out) : new JsonListStream(out);
	}

	interface ListStream extends AutoCloseable {

		void item(Map<String, Object> item);

		@Override
		void close();

	}

	private static final class XmlListStream implements ListStream {

		private final String child;

		private final XMLStreamWriter w;

		XmlListStream(String root, Writer out) {
			this.child = SINGULAR.get(root);
			try {
				this.w = XML_OUTPUT.createXMLStreamWriter(out);
				w.writeStartDocument("UTF-8", "1.0");
				w.writeStartElement(root);
			}
			catch (XMLStreamException ex) {
				throw new IllegalStateException(ex);
			}
		}

		@Override
		public void item(Map<String, Object> item) {
			try {
				writeObject(w, child, item);
			}
			catch (XMLStreamException ex) {
				throw new IllegalStateException(ex);
			}
		}

		@Override
		public void close() {
			try {
				w.writeEndElement();
				w.writeEndDocument();
				w.flush();
			}
			catch (XMLStreamException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

	private static final class JsonListStream implements ListStream {

		private final Writer out;

		private final StringBuilder buffer = new StringBuilder(1024);

		private boolean first = true;

		JsonListStream(Writer out) {
			this.out = out;
			buffer.append('[');
		}

		@Override
		public void item(Map<String, Object> item) {
			if (!first) {
				buffer.append(',');
			}
			first = false;
			writeJson(buffer, item);
			if (buffer.length() >= 8192) {
				drain();
			}
		}

		@Override
		public void close() {
			buffer.append(']');
			drain();
			try {
				out.flush();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		private void drain() {
			try {
				out.append(buffer);
				buffer.setLength(0);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

	private interface XmlBody {

		void write(XMLStreamWriter writer) throws XMLStreamException;

	}

	private static String xml(XmlBody body) {
		StringWriter text = new StringWriter();
		try {
			XMLStreamWriter w = XML_OUTPUT.createXMLStreamWriter(text);
			w.writeStartDocument("UTF-8", "1.0");
			body.write(w);
			w.writeEndDocument();
			w.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
		return text.toString();
	}

	private static void writeObject(XMLStreamWriter w, String name, Map<String, Object> object) throws XMLStreamException {
		w.writeStartElement(name);
		for (Map.Entry<String, Object> field : object.entrySet()) {
			writeValue(w, field.getKey(), field.getValue());
		}
		w.writeEndElement();
	}

	@SuppressWarnings("unchecked")
	private static void writeValue(XMLStreamWriter w, String name, Object value) throws XMLStreamException {
		if (value instanceof Map<?, ?> map) {
			writeObject(w, name, (Map<String, Object>) map);
		}
		else if (value instanceof List<?> list) {
			w.writeStartElement(name);
			String child = SINGULAR.getOrDefault(name, "item");
			for (Object item : list) {
				writeValue(w, child, item);
			}
			w.writeEndElement();
		}
		else if (value == null) {
			w.writeEmptyElement(name);
		}
		else {
			w.writeStartElement(name);
			w.writeCharacters(clean(String.valueOf(value)));
			w.writeEndElement();
		}
	}

	/** Characters XML 1.0 cannot carry are dropped rather than breaking the document. */
	private static String clean(String text) {
		return text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", "");
	}

	private static void writeJson(StringBuilder out, Object value) {
		if (value == null) {
			out.append("null");
		}
		else if (value instanceof Map<?, ?> map) {
			out.append('{');
			boolean first = true;
			for (Map.Entry<?, ?> e : map.entrySet()) {
				if (!first) {
					out.append(',');
				}
				first = false;
				writeString(out, String.valueOf(e.getKey()));
				out.append(':');
				writeJson(out, e.getValue());
			}
			out.append('}');
		}
		else if (value instanceof List<?> list) {
			out.append('[');
			for (int i = 0; i < list.size(); i++) {
				if (i > 0) {
					out.append(',');
				}
				writeJson(out, list.get(i));
			}
			out.append(']');
		}
		else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
			out.append(value);
		}
		else if (value instanceof Double d) {
			out.append(d.isNaN() || d.isInfinite() ? "null" : String.valueOf(d));
		}
		else {
			writeString(out, String.valueOf(value));
		}
	}

	private static void writeString(StringBuilder out, String text) {
		out.append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				case '<' -> out.append("\\u003c");
				case '>' -> out.append("\\u003e");
				case '&' -> out.append("\\u0026");
				default -> {
					if (c < 0x20 || c == 0x2028 || c == 0x2029) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		out.append('"');
	}

}
