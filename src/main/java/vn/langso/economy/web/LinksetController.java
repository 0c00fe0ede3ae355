package vn.langso.economy.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.langso.economy.DigitalLink;
import vn.langso.economy.Marketplace;
import vn.langso.economy.TraceView;

/**
 * The GS1 Digital Link resolver's linkset for a batch (RFC 9264 {@code application/linkset+json}), answered
 * when the client asks for every link ({@code ?linkType=all}) or for a linkset ({@code Accept}): the trace page
 * as GS1 link types {@code defaultLink} and {@code pip}, the batch's EPCIS events as {@code traceability}.
 */
@RestController
class LinksetController {

	static final MediaType LINKSET = MediaType.parseMediaType("application/linkset+json");

	private static final String GS1 = "https://gs1.org/voc/";

	private final Marketplace marketplace;

	LinksetController(Marketplace marketplace) {
		this.marketplace = marketplace;
	}

	@GetMapping(value = "/01/{gtin}/10/{lot}", params = "linkType=all")
	ResponseEntity<Map<String, Object>> all(@PathVariable String gtin, @PathVariable String lot) {
		return linkset(gtin, lot);
	}

	@GetMapping(value = "/01/{gtin}/10/{lot}", produces = "application/linkset+json")
	ResponseEntity<Map<String, Object>> linkset(@PathVariable String gtin, @PathVariable String lot) {
		DigitalLink link = new DigitalLink(gtin, lot);
		TraceView trace = marketplace.trace(link);
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		String page = base + link.path();
		String title = trace.product().name() + " – " + trace.batch().lot();
		Map<String, Object> target = Map.of("href", page, "title", title, "type", "text/html", "hreflang", List.of("vi"));
		Map<String, Object> context = new LinkedHashMap<>();
		context.put("anchor", page);
		context.put(GS1 + "defaultLink", List.of(target));
		context.put(GS1 + "pip", List.of(target));
		context.put(GS1 + "traceability", List.of(Map.of("href",
				base + "/epcis/events?MATCH_anyEPCClass=" + URLEncoder.encode(link.canonical(), StandardCharsets.UTF_8),
				"title", title, "type", "application/ld+json")));
		return ResponseEntity.ok().contentType(LINKSET).body(Map.of("linkset", List.of(context)));
	}

}
