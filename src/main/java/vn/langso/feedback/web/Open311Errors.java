package vn.langso.feedback.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.langso.shared.NotFoundException;

/**
 * Errors of the Open311 controllers in the spec's format (XML or JSON as the resource asked), ahead
 * of the platform's problem+json, which the rest of the API uses.
 */
@RestControllerAdvice(assignableTypes = { Open311DiscoveryController.class, Open311ServicesController.class,
		Open311RequestsController.class, Open311PostController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class Open311Errors {

	@ExceptionHandler(Open311Error.class)
	ResponseEntity<String> error(Open311Error error, HttpServletRequest request) {
		Open311Format f = Open311Format.fromPath(request.getRequestURI());
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("code", error.status.value());
		item.put("description", error.getMessage());
		return ResponseEntity.status(error.status).contentType(f.mediaType).body(f == Open311Format.XML
				? Open311Document.xmlList("errors", List.of(item)) : Open311Document.json(List.of(item)));
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<String> notFound(NotFoundException ex, HttpServletRequest request) {
		return error(new Open311Error(HttpStatus.NOT_FOUND, "not found"), request);
	}

}
