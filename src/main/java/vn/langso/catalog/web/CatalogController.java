package vn.langso.catalog.web;

import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.langso.catalog.Catalog;
import vn.langso.catalog.ProcedureView;
import vn.langso.catalog.ProvinceFees;
import vn.langso.identity.AreaView;
import vn.langso.identity.Areas;
import vn.langso.shared.QrImages;

/**
 * The public catalogue of a commune: search without diacritics, each procedure's page with the QR
 * code that leads to it, and the printable A4 poster of QR codes for the notice board.
 */
@Controller
class CatalogController {

	private final Catalog catalog;

	private final Areas areas;

	private final ProvinceFees fees;

	CatalogController(Catalog catalog, Areas areas, ProvinceFees fees) {
		this.catalog = catalog;
		this.areas = areas;
		this.fees = fees;
	}

	@GetMapping("/xa/{slug}/thu-tuc")
	String list(@PathVariable String slug, @RequestParam(required = false) String q, Model model) {
		model.addAttribute("commune", areas.communeBySlug(slug));
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("procedures", catalog.search(q));
		return "catalog/list";
	}

	@GetMapping("/xa/{slug}/thu-tuc/{code}")
	String procedure(@PathVariable String slug, @PathVariable String code, Model model) {
		AreaView commune = areas.communeBySlug(slug);
		model.addAttribute("commune", commune);
		ProcedureView procedure = catalog.current(code);
		// the fee the commune charges: its province's where the provincial HĐND set one
		java.util.Optional<vn.langso.catalog.ProvinceFeeView> provinceFee = commune.parentId() == null
				? java.util.Optional.empty() : fees.of(commune.parentId(), code);
		model.addAttribute("procedure", provinceFee.map(f -> procedure.withFees(f.feeVnd(), f.unitFeeVnd(), f.feeNote()))
			.orElse(procedure));
		model.addAttribute("provinceFee", provinceFee.orElse(null));
		model.addAttribute("pageUrl", procedureUrl(commune, code));
		return "catalog/procedure";
	}

	@GetMapping(value = "/xa/{slug}/thu-tuc/{code}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
	ResponseEntity<byte[]> qr(@PathVariable String slug, @PathVariable String code) {
		AreaView commune = areas.communeBySlug(slug);
		catalog.current(code);
		return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, "public, max-age=3600")
			.body(QrImages.png(procedureUrl(commune, code), 360));
	}

	/** One procedure per sheet ({@code perPage=1}) or six; {@code code} repeated, or all when absent. */
	@GetMapping(value = "/xa/{slug}/thu-tuc/ma-qr.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> poster(@PathVariable String slug, @RequestParam(required = false) List<String> code,
			@RequestParam(defaultValue = "6") int perPage) {
		AreaView commune = areas.communeBySlug(slug);
		List<ProcedureView> chosen = code == null || code.isEmpty() ? catalog.search(null)
				: code.stream().map(catalog::current).toList();
		List<QrPoster.Entry> entries = chosen.stream()
			.map(p -> new QrPoster.Entry(p, procedureUrl(commune, p.code()))).toList();
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("ma-qr-thu-tuc.pdf").build().toString())
			.body(QrPoster.render(commune.name(), entries, perPage == 1 ? 1 : 6));
	}

	static String procedureUrl(AreaView commune, String code) {
		return ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/xa/{slug}/thu-tuc/{code}").buildAndExpand(commune.slug(), code).toUriString();
	}

}
