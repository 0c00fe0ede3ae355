package vn.langso.platform;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.langso.identity.AreaLevel;
import vn.langso.identity.AreaView;
import vn.langso.identity.Areas;
import vn.langso.shared.PortalSection;

/**
 * The public portal: the province's list of communes, and each commune's home page with its quick
 * links and the sections modules contribute (news, services, feedback...).
 */
@Controller
class HomeController {

	private final Areas areas;

	private final List<PortalSection> sections;

	HomeController(Areas areas, List<PortalSection> sections) {
		this.areas = areas;
		this.sections = sections.stream().sorted(Comparator.comparingInt(PortalSection::order)).toList();
	}

	@GetMapping("/")
	String province(Model model) {
		List<AreaView> communes = areas.communes();
		if (communes.size() == 1) {
			return "redirect:/xa/" + communes.getFirst().slug();
		}
		model.addAttribute("provinces", areas.provinces());
		model.addAttribute("communes", communes);
		return "platform/province";
	}

	@GetMapping("/xa/{slug}")
	String commune(@PathVariable String slug, Model model) {
		AreaView commune = areas.communeBySlug(slug);
		model.addAttribute("commune", commune);
		model.addAttribute("villages", areas.childrenOf(commune.id()).stream()
			.filter(a -> a.level() == AreaLevel.VILLAGE).toList());
		model.addAttribute("sections", sections.stream()
			.map(section -> new RenderedSection(section.fragment(), section.model(commune.id(), commune.slug()),
					section.order() < 0))
			.toList());
		return "platform/commune";
	}

	/** A section of negative order is a banner (an emergency alert): drawn above everything else. */
	record RenderedSection(String fragment, Map<String, Object> model, boolean banner) {
	}

}
