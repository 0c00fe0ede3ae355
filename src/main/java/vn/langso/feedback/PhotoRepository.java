package vn.langso.feedback;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface PhotoRepository extends ListCrudRepository<Photo, Long> {

	@Query("select p.id from Photo p where p.reportId = :reportId order by p.id")
	List<Long> idsOf(long reportId);

}
