package vn.langso.community.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.langso.community.CommuneIndicators;
import vn.langso.community.CommunityIndicators;
import vn.langso.identity.Areas;

/** The commune's digital-society indicators as JSON: counts only, nobody's personal data. */
@RestController
class IndicatorsApiController {

	private final CommunityIndicators indicators;

	private final Areas areas;

	IndicatorsApiController(CommunityIndicators indicators, Areas areas) {
		this.indicators = indicators;
		this.areas = areas;
	}

	@GetMapping("/api/v1/communes/{slug}/community-indicators")
	CommuneIndicators ofCommune(@PathVariable String slug) {
		return indicators.ofCommune(areas.communeBySlug(slug).id());
	}

}
