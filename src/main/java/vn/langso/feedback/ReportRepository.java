package vn.langso.feedback;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ReportRepository extends ListCrudRepository<Report, Long> {

	Optional<Report> findByIdAndCommuneId(long id, long communeId);

	Optional<Report> findByTrackingCode(String trackingCode);

	boolean existsByTrackingCode(String trackingCode);

	List<Report> findByCommuneIdOrderByCreatedAtDesc(long communeId, Pageable page);

	List<Report> findByCommuneIdAndStatusInOrderByCreatedAtDesc(long communeId, Collection<ReportStatus> statuses,
			Pageable page);

	List<Report> findByCommuneIdAndAssigneeAccountIdOrderByCreatedAtDesc(long communeId, long assignee, Pageable page);

	List<Report> findByReporterAccountIdOrderByCreatedAtDesc(long accountId);

	List<Report> findByCommuneId(long communeId);

	@Query("""
			select r from Report r where r.communeId = :commune and r.categoryId = :category and r.status <> vn.langso.feedback.ReportStatus.CLOSED
			and r.latitude between :minLat and :maxLat and r.longitude between :minLon and :maxLon""")
	List<Report> openNear(long commune, long category, java.math.BigDecimal minLat, java.math.BigDecimal maxLat,
			java.math.BigDecimal minLon, java.math.BigDecimal maxLon);

	@Query("""
			select r from Report r where r.deadline < :today and r.answeredAt is null and r.escalatedAt is null
			and r.status <> vn.langso.feedback.ReportStatus.CLOSED""")
	List<Report> overdueNotEscalated(LocalDate today);

	List<Report> findByCommuneIdAndIdIn(long communeId, Collection<Long> ids);

}
