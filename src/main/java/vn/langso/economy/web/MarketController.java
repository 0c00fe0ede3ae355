package vn.langso.economy.web;

import jakarta.validation.Valid;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.langso.economy.InquiryForm;
import vn.langso.economy.Marketplace;
import vn.langso.economy.ProducerCatalog;
import vn.langso.economy.ProducerView;
import vn.langso.economy.Producers;
import vn.langso.economy.PaymentPoints;
import vn.langso.economy.ProductView;
import vn.langso.identity.AreaLevel;
import vn.langso.identity.AreaView;
import vn.langso.identity.Areas;
import vn.langso.shared.NotFoundException;
import vn.langso.shared.QrImages;

/**
 * The commune's public marketplace: catalogue, product page with VietQR payment to the producer, a
 * message form instead of a phone number, links to the producer's shops; and the e-payment points.
 */
@Controller
class MarketController {

	private final Areas areas;

	private final Marketplace marketplace;

	private final PaymentPoints points;

	private final ProducerCatalog catalog;

	private final Producers producers;

	MarketController(Areas areas, Marketplace marketplace, PaymentPoints points, ProducerCatalog catalog, Producers producers) {
		this.catalog = catalog;
		this.producers = producers;
		this.areas = areas;
		this.marketplace = marketplace;
		this.points = points;
	}

	@GetMapping("/xa/{slug}/cho")
	String catalogue(@PathVariable String slug, @RequestParam(required = false) String q, Model model) {
		AreaView commune = areas.communeBySlug(slug);
		model.addAttribute("commune", commune);
		model.addAttribute("q", q);
		model.addAttribute("products", marketplace.catalogue(commune.id(), q));
		return "economy/catalogue";
	}

	@GetMapping("/xa/{slug}/cho/{id}")
	String product(@PathVariable String slug, @PathVariable long id, Model model) {
		AreaView commune = areas.communeBySlug(slug);
		ProductView product = marketplace.product(commune.id(), id);
		model.addAttribute("commune", commune);
		model.addAttribute("product", product);
		model.addAttribute("producer", marketplace.producerOf(product));
		model.addAttribute("vietQr", marketplace.vietQr(product).orElse(null));
		model.addAttribute("photos", catalog.photosOf(product.id()));
		model.addAttribute("lots", marketplace.latestLots(product));
		if (!model.containsAttribute("inquiryForm")) {
			model.addAttribute("inquiryForm", new InquiryForm("", "", ""));
		}
		return "economy/product";
	}

	@GetMapping(value = "/xa/{slug}/cho/{id}/vietqr.png", produces = MediaType.IMAGE_PNG_VALUE)
	ResponseEntity<byte[]> vietQr(@PathVariable String slug, @PathVariable long id) {
		AreaView commune = areas.communeBySlug(slug);
		String qr = marketplace.vietQr(marketplace.product(commune.id(), id))
			.orElseThrow(() -> new NotFoundException("no VietQR"));
		return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, "public, max-age=3600").body(QrImages.png(qr, 320));
	}

	@PostMapping("/xa/{slug}/cho/{id}/lien-he")
	String ask(@PathVariable String slug, @PathVariable long id, @Valid @ModelAttribute("inquiryForm") InquiryForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		AreaView commune = areas.communeBySlug(slug);
		if (errors.hasErrors()) {
			return product(slug, id, model);
		}
		marketplace.ask(commune.id(), id, form);
		redirect.addFlashAttribute("sent", true);
		return "redirect:/xa/" + slug + "/cho/" + id;
	}

	/** A producer's public profile: what they make, where they grow it, their shops; never their phone. */
	@GetMapping("/xa/{slug}/co-so/{id}")
	String producer(@PathVariable String slug, @PathVariable long id, Model model) {
		AreaView commune = areas.communeBySlug(slug);
		ProducerView producer = producers.ofCommune(commune.id(), id);
		model.addAttribute("commune", commune);
		model.addAttribute("producer", producer);
		model.addAttribute("villageName", producer.villageId() == null ? null
				: areas.byId(producer.villageId()).map(AreaView::name).orElse(null));
		model.addAttribute("products", producers.productsOf(id).stream().filter(ProductView::listed).toList());
		model.addAttribute("areas", producers.growingAreasOf(id));
		return "economy/producer-profile";
	}

	@GetMapping("/xa/{slug}/thanh-toan-qr")
	String paymentPoints(@PathVariable String slug, Model model) {
		AreaView commune = areas.communeBySlug(slug);
		model.addAttribute("commune", commune);
		model.addAttribute("villages", areas.childrenOf(commune.id()).stream().filter(a -> a.level() == AreaLevel.VILLAGE).toList());
		model.addAttribute("points", points.ofCommune(commune.id()));
		model.addAttribute("counts", points.qrPointsByVillage(commune.id()));
		model.addAttribute("total", points.qrPoints(commune.id()));
		return "economy/payment-points";
	}

}
