package vn.langso.economy.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.langso.economy.DigitalLink;
import vn.langso.economy.Marketplace;
import vn.langso.economy.TraceView;
import vn.langso.shared.QrImages;

/**
 * The public trace page, served at the GS1 Digital Link path a label's QR code carries:
 * {@code /01/{gtin}/10/{lot}}. A malformed link is a 400 page, an unknown batch a 404.
 */
@Controller
class TraceController {

	private final Marketplace marketplace;

	TraceController(Marketplace marketplace) {
		this.marketplace = marketplace;
	}

	@GetMapping("/01/{gtin}/10/{lot}")
	String trace(@PathVariable String gtin, @PathVariable String lot, Model model) {
		TraceView trace = marketplace.trace(new DigitalLink(gtin, lot));
		model.addAttribute("trace", trace);
		return "economy/trace";
	}

	@GetMapping(value = "/01/{gtin}/10/{lot}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
	ResponseEntity<byte[]> qr(@PathVariable String gtin, @PathVariable String lot) {
		DigitalLink link = new DigitalLink(gtin, lot);
		String base = org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, "public, max-age=86400")
			.body(QrImages.png(base + link.path(), 300));
	}

}
