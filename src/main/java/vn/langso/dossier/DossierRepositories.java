package vn.langso.dossier;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface DossierRepository extends JpaRepository<Dossier, Long> {

	Optional<Dossier> findByApplicantIdAndSubmissionKey(long applicantId, String submissionKey);

	List<Dossier> findByApplicantIdOrderByCreatedAtDesc(long applicantId);

	Optional<Dossier> findByFiledByIdAndSubmissionKey(Long filedById, String submissionKey);

	Optional<Dossier> findByCode(String code);

	Optional<Dossier> findByResultSerial(String serial);

	Optional<Dossier> findFirstByApplicantIdAndProcedureCodeAndStatusNotOrderByCreatedAtDesc(long applicantId,
			String procedureCode, DossierStatus status);

	Optional<Dossier> findByCommuneIdAndCode(long communeId, String code);

	/**
	 * The inbox: dossiers of the commune waiting for a step whose role (copied from the workflow
	 * template) the official has; filters on procedure ('' for all) and due date. No nullable parameters
	 * (PostgreSQL cannot type "? is null"): a dossier without a due date counts as due on noDueDate.
	 */
	@Query("""
			select d from Dossier d where d.communeId = :communeId
			and ((d.receiveRole in :roles and d.status in (vn.langso.dossier.DossierStatus.SUBMITTED, vn.langso.dossier.DossierStatus.RECEIVED))
			  or (d.processRole in :roles and d.status = vn.langso.dossier.DossierStatus.IN_PROCESS)
			  or (d.approveRole in :roles and d.status in (vn.langso.dossier.DossierStatus.AWAITING_APPROVAL, vn.langso.dossier.DossierStatus.APPROVED))
			  or (d.returnRole in :roles and d.status in (vn.langso.dossier.DossierStatus.APPROVED, vn.langso.dossier.DossierStatus.RESULT_ISSUED)))
			and (:procedureCode = '' or d.procedureCode = :procedureCode)
			and coalesce(d.dueDate, :noDueDate) between :dueAfter and :dueBy
			order by d.dueDate asc nulls last, d.submittedAt asc""")
	Page<Dossier> inbox(long communeId, Collection<String> roles, String procedureCode, LocalDate noDueDate,
			LocalDate dueAfter, LocalDate dueBy, Pageable page);

	/**
	 * Every count the inbox shows, in one pass over the official's inbox: per procedure, how many wait,
	 * how many are due by {@code soon} (from {@code today}) and how many are overdue (due before
	 * {@code today}). The filters' totals are the sums of these rows.
	 */
	@Query("""
			select d.procedureCode, count(d),
			  sum(case when d.dueDate between :today and :soon then 1 else 0 end),
			  sum(case when d.dueDate < :today then 1 else 0 end)
			from Dossier d where d.communeId = :communeId
			and ((d.receiveRole in :roles and d.status in (vn.langso.dossier.DossierStatus.SUBMITTED, vn.langso.dossier.DossierStatus.RECEIVED))
			  or (d.processRole in :roles and d.status = vn.langso.dossier.DossierStatus.IN_PROCESS)
			  or (d.approveRole in :roles and d.status in (vn.langso.dossier.DossierStatus.AWAITING_APPROVAL, vn.langso.dossier.DossierStatus.APPROVED))
			  or (d.returnRole in :roles and d.status in (vn.langso.dossier.DossierStatus.APPROVED, vn.langso.dossier.DossierStatus.RESULT_ISSUED)))
			group by d.procedureCode""")
	List<Object[]> inboxCounts(long communeId, Collection<String> roles, LocalDate today, LocalDate soon);

}

interface HistoryRepository extends JpaRepository<HistoryEntry, Long> {

	@Query("select h from HistoryEntry h where h.dossierId = :dossierId order by h.at, h.id")
	List<HistoryEntry> ofDossier(long dossierId);

}

interface AttachmentRepository extends JpaRepository<Attachment, Long> {

	List<Attachment> findByDossierIdOrderById(long dossierId);

}

interface CodeCounterRepository extends JpaRepository<CodeCounter, CodeCounter.Key> {

	@Modifying(flushAutomatically = true)
	@Query("update CodeCounter c set c.lastNumber = c.lastNumber + 1 where c.key.communeId = :communeId and c.key.day = :day")
	int increment(long communeId, LocalDate day);

	@Query("select c.lastNumber from CodeCounter c where c.key.communeId = :communeId and c.key.day = :day")
	int lastNumber(long communeId, LocalDate day);

}

interface DossierNotificationRepository extends JpaRepository<DossierNotification, Long> {

	List<DossierNotification> findByAccountIdOrderByAtDesc(long accountId, Pageable page);

}

interface RatingRepository extends JpaRepository<Rating, Long> {

	boolean existsByDossierId(long dossierId);

	java.util.Optional<Rating> findByDossierId(long dossierId);

	@Query("select r.procedureCode, count(r), avg(r.publicity), avg(r.timeliness), avg(r.attitude), avg(r.result), "
			+ "sum(case when r.publicity + r.timeliness + r.attitude + r.result >= 4 then 1 else 0 end) "
			+ "from Rating r where r.communeId = :communeId group by r.procedureCode order by r.procedureCode")
	List<Object[]> statistics(long communeId);

}
