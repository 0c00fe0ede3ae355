package vn.langso.identity.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.langso.identity.AreaView;
import vn.langso.identity.Areas;
import vn.langso.identity.Directory;
import vn.langso.identity.OfficialView;
import vn.langso.identity.VCards;
import vn.langso.shared.QrImages;
import vn.langso.shared.VietnameseText;

/**
 * The officials' public contact list of a commune, with each contact as a vCard to download or to
 * scan from the printed list at the school, post office or cultural house.
 */
@Controller
class DirectoryController {

	private final Areas areas;

	private final Directory directory;

	DirectoryController(Areas areas, Directory directory) {
		this.areas = areas;
		this.directory = directory;
	}

	@GetMapping("/xa/{slug}/danh-ba")
	String list(@PathVariable String slug, Model model) {
		AreaView commune = areas.communeBySlug(slug);
		model.addAttribute("commune", commune);
		model.addAttribute("officials", directory.ofCommune(commune.id()));
		return "identity/directory";
	}

	@GetMapping("/xa/{slug}/danh-ba/in")
	String printable(@PathVariable String slug, Model model) {
		list(slug, model);
		return "identity/directory-print";
	}

	@GetMapping(value = "/xa/{slug}/danh-ba/{id}.vcf")
	ResponseEntity<byte[]> vcard(@PathVariable String slug, @PathVariable long id) {
		AreaView commune = areas.communeBySlug(slug);
		OfficialView official = directory.publicEntry(commune.id(), id);
		String filename = VietnameseText.slug(official.fullName()) + ".vcf";
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "vcard", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
			.body(VCards.of(official, commune.name()).getBytes(StandardCharsets.UTF_8));
	}

	@GetMapping(value = "/xa/{slug}/danh-ba/{id}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
	ResponseEntity<byte[]> qr(@PathVariable String slug, @PathVariable long id) {
		AreaView commune = areas.communeBySlug(slug);
		OfficialView official = directory.publicEntry(commune.id(), id);
		return ResponseEntity.ok()
			.header(HttpHeaders.CACHE_CONTROL, "public, max-age=3600")
			.body(QrImages.png(VCards.of(official, commune.name()), 360));
	}

}
