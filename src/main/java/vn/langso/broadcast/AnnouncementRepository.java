package vn.langso.broadcast;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AnnouncementRepository extends JpaRepository<Announcement, Long> {

	List<Announcement> findByCommuneIdOrderByCreatedAtDesc(long communeId, Pageable page);

	List<Announcement> findByCommuneIdAndStatusOrderByPublishedAtDesc(long communeId, Announcement.Status status, Pageable page);

	List<Announcement> findByStatus(Announcement.Status status);

	List<Announcement> findByStatusAndUrgencyAndExpiresAtAfterOrderByPublishedAtDesc(Announcement.Status status,
			Urgency urgency, Instant now);

}
