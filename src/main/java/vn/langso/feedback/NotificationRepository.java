package vn.langso.feedback;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface NotificationRepository extends ListCrudRepository<Notification, Long> {

	List<Notification> findTop50ByAccountIdOrderByCreatedAtDesc(long accountId);

	List<Notification> findByAccountIdAndReportId(long accountId, long reportId);

}
