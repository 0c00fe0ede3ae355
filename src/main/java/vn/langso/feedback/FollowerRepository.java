package vn.langso.feedback;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface FollowerRepository extends ListCrudRepository<Follower, Long> {

	List<Follower> findByReportId(long reportId);

	boolean existsByReportIdAndAccountId(long reportId, long accountId);

	long countByReportId(long reportId);

}
