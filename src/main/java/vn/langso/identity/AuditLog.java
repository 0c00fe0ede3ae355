package vn.langso.identity;

import java.time.Clock;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who did what to whose personal data. Modules call {@link #record} whenever an official views or
 * changes a person's record; the entry is written in the caller's transaction so that a view that
 * fails leaves no entry and a change never happens without one.
 */
@Service
public class AuditLog {

	private static final int DETAIL_LIMIT = 500;

	private final AuditEntryRepository entries;

	private final Clock clock;

	AuditLog(AuditEntryRepository entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.REQUIRED)
	public void record(CurrentUser actor, Long communeId, String action, String subjectType, String subjectId,
			String detail) {
		String trimmed = detail == null || detail.length() <= DETAIL_LIMIT ? detail : detail.substring(0, DETAIL_LIMIT);
		entries.save(new AuditEntry(clock.instant(), actor.accountId(), actor.fullName(), communeId, action,
				subjectType, subjectId, trimmed));
	}

	@Transactional(readOnly = true)
	public Page<AuditEntryView> forCommune(long communeId, Pageable page) {
		return entries.findByCommuneIdOrderByAtDescIdDesc(communeId, page).map(AuditEntry::view);
	}

	@Transactional(readOnly = true)
	public Page<AuditEntryView> all(Pageable page) {
		return entries.findAllByOrderByAtDescIdDesc(page).map(AuditEntry::view);
	}

	@Transactional(readOnly = true)
	public Page<AuditEntryView> aboutSubject(String subjectType, String subjectId, Pageable page) {
		return entries.findBySubjectTypeAndSubjectIdOrderByAtDesc(subjectType, subjectId, page).map(AuditEntry::view);
	}

}
