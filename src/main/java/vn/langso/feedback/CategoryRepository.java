package vn.langso.feedback;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface CategoryRepository extends ListCrudRepository<Category, Long> {

	List<Category> findByCommuneIdOrderBySortOrderAscNameAsc(long communeId);

	Optional<Category> findByCommuneIdAndCode(long communeId, String code);

	boolean existsByCommuneId(long communeId);

}
