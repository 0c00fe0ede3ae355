package vn.langso.feedback.web;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The two Open311 formats, chosen by the resource's suffix ({@code .xml} or {@code .json}). */
enum Open311Format {

	XML(MediaType.parseMediaType("text/xml;charset=UTF-8")), JSON(MediaType.parseMediaType("application/json;charset=UTF-8"));

	final MediaType mediaType;

	Open311Format(MediaType mediaType) {
		this.mediaType = mediaType;
	}

	static Open311Format of(String suffix) {
		return switch (suffix) {
			case "xml" -> XML;
			case "json" -> JSON;
			default -> throw new Open311Error(HttpStatus.NOT_FOUND, "format " + suffix + " not supported: use .xml or .json");
		};
	}

	static Open311Format fromPath(String path) {
		return path != null && path.endsWith(".xml") ? XML : JSON;
	}

	ResponseEntity<String> body(String text) {
		return ResponseEntity.ok().contentType(mediaType).body(text);
	}

	ResponseEntity<String> object(String xmlRoot, Map<String, Object> object) {
		return body(this == XML ? Open311Document.xmlObject(xmlRoot, object) : Open311Document.json(object));
	}

	ResponseEntity<String> list(String root, List<Map<String, Object>> items) {
		return body(this == XML ? Open311Document.xmlList(root, items) : Open311Document.json(items));
	}

}
