package vn.langso.identity;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface OfficialRepository extends ListCrudRepository<Official, Long> {

	List<Official> findByCommuneIdOrderBySortOrderAscFullNameAsc(Long communeId);

}
