package vn.langso.identity.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.langso.identity.AreaView;
import vn.langso.identity.Areas;
import vn.langso.identity.Directory;
import vn.langso.identity.OfficialView;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Areas and directory", description = "Administrative units and officials' public contacts")
class AreaApiController {

	private final Areas areas;

	private final Directory directory;

	AreaApiController(Areas areas, Directory directory) {
		this.areas = areas;
		this.directory = directory;
	}

	@GetMapping("/areas")
	@Operation(summary = "The province, its communes and their villages, as a tree")
	List<AreaNode> areas() {
		Map<Long, List<AreaView>> byParent = areas.all().stream()
			.filter(a -> a.parentId() != null)
			.sorted(Comparator.comparing(AreaView::code))
			.collect(Collectors.groupingBy(AreaView::parentId));
		return areas.provinces().stream().map(p -> node(p, byParent)).toList();
	}

	@GetMapping("/communes/{slug}/officials")
	@Operation(summary = "A commune's public contact directory")
	List<OfficialView> officials(@PathVariable String slug) {
		return directory.ofCommune(areas.communeBySlug(slug).id());
	}

	private static AreaNode node(AreaView area, Map<Long, List<AreaView>> byParent) {
		return new AreaNode(area.id(), area.code(), area.name(), area.level().name(), area.slug(),
				byParent.getOrDefault(area.id(), List.of()).stream().map(child -> node(child, byParent)).toList());
	}

	record AreaNode(long id, String code, String name, String level, String slug, List<AreaNode> children) {
	}

}
