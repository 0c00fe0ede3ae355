package vn.langso.identity;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/** Deliberately without update or delete: the log only grows. */
interface AuditEntryRepository extends Repository<AuditEntry, Long> {

	AuditEntry save(AuditEntry entry);

	Page<AuditEntry> findByCommuneIdOrderByAtDescIdDesc(Long communeId, Pageable page);

	Page<AuditEntry> findAllByOrderByAtDescIdDesc(Pageable page);

	Page<AuditEntry> findBySubjectTypeAndSubjectIdOrderByAtDesc(String subjectType, String subjectId, Pageable page);

	long count();

}
