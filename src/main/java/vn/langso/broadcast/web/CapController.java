package vn.langso.broadcast.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.langso.broadcast.CapFeed;

/** The standard CAP 1.2 contract: the feed of alerts in force and each alert by its id. */
@RestController
class CapController {

	private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	private static final MediaType CAP = MediaType.parseMediaType("application/cap+xml;charset=UTF-8");

	private final CapFeed cap;

	CapController(CapFeed cap) {
		this.cap = cap;
	}

	@GetMapping("/cap/alerts.xml")
	ResponseEntity<String> feed(HttpServletRequest request) {
		return ResponseEntity.ok().contentType(ATOM).body(cap.feed(base()));
	}

	@GetMapping("/cap/alerts/{id}.xml")
	ResponseEntity<String> alert(@PathVariable long id) {
		return ResponseEntity.ok().contentType(CAP).body(cap.alert(id, base()));
	}

	private static String base() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}

}
