package vn.langso.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface AreaRepository extends ListCrudRepository<Area, Long> {

	Optional<Area> findByCode(String code);

	Optional<Area> findByLevelAndSlug(AreaLevel level, String slug);

	List<Area> findByLevelOrderByName(AreaLevel level);

	List<Area> findByParentIdOrderByCode(Long parentId);

}
