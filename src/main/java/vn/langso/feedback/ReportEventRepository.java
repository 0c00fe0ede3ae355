package vn.langso.feedback;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface ReportEventRepository extends ListCrudRepository<ReportEvent, Long> {

	List<ReportEvent> findByReportIdOrderByAtAscIdAsc(long reportId);

}
