package vn.langso.dossier.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.langso.dossier.DossierPapers;
import vn.langso.dossier.Ratings;
import vn.langso.identity.AreaView;
import vn.langso.identity.Areas;

/** Pages anyone may open: status lookup by code and secret, e-result verification, rating statistics. */
@Controller
class PublicDossierController {

	private final DossierPapers papers;

	private final Ratings ratings;

	private final Areas areas;

	PublicDossierController(DossierPapers papers, Ratings ratings, Areas areas) {
		this.papers = papers;
		this.ratings = ratings;
		this.areas = areas;
	}

	@GetMapping("/tra-cuu")
	String track(@RequestParam(required = false) String code, @RequestParam(required = false) String secret, Model model) {
		model.addAttribute("code", code == null ? "" : code);
		boolean asked = code != null && !code.isBlank() && secret != null && !secret.isBlank();
		model.addAttribute("asked", asked);
		model.addAttribute("tracking", asked ? papers.track(code, secret).orElse(null) : null);
		return "dossier/track";
	}

	@GetMapping("/xac-minh/{serial}")
	String verify(@PathVariable String serial, Model model) {
		model.addAttribute("verification", papers.verify(serial));
		return "dossier/verify";
	}

	@GetMapping("/xa/{slug}/danh-gia")
	String ratings(@PathVariable String slug, Model model) {
		AreaView commune = areas.communeBySlug(slug);
		model.addAttribute("commune", commune);
		model.addAttribute("stats", ratings.statistics(commune.id()));
		return "dossier/ratings";
	}

}
