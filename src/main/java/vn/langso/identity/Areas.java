package vn.langso.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.langso.shared.NotFoundException;

/** Read access to the administrative units, for every module that scopes data by commune or village. */
@Service
@Transactional(readOnly = true)
public class Areas {

	private final AreaRepository areas;

	Areas(AreaRepository areas) {
		this.areas = areas;
	}

	/** Every unit, for building the whole tree in one query. */
	public List<AreaView> all() {
		return views(areas.findAll());
	}

	public List<AreaView> provinces() {
		return views(areas.findByLevelOrderByName(AreaLevel.PROVINCE));
	}

	public List<AreaView> communes() {
		return views(areas.findByLevelOrderByName(AreaLevel.COMMUNE));
	}

	public List<AreaView> childrenOf(long parentId) {
		return views(areas.findByParentIdOrderByCode(parentId));
	}

	public Optional<AreaView> byId(long id) {
		return areas.findById(id).map(Area::view);
	}

	public Optional<AreaView> byCode(String code) {
		return areas.findByCode(code).map(Area::view);
	}

	/** The commune named by a public URL; unknown slugs are a 404, never an error page with a trace. */
	public AreaView communeBySlug(String slug) {
		return areas.findByLevelAndSlug(AreaLevel.COMMUNE, slug)
			.map(Area::view)
			.orElseThrow(() -> new NotFoundException("No commune " + slug));
	}

	public AreaView commune(long communeId) {
		return byId(communeId).filter(area -> area.level() == AreaLevel.COMMUNE)
			.orElseThrow(() -> new NotFoundException("No commune " + communeId));
	}

	/** True when the village exists and belongs to the commune. */
	public boolean isVillageOf(long villageId, long communeId) {
		return byId(villageId).filter(v -> v.level() == AreaLevel.VILLAGE)
			.map(v -> v.parentId() != null && v.parentId() == communeId)
			.orElse(false);
	}

	private static List<AreaView> views(List<Area> list) {
		return list.stream().map(Area::view).toList();
	}

}
