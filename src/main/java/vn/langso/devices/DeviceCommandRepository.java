package vn.langso.devices;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DeviceCommandRepository extends JpaRepository<DeviceCommand, Long> {

	Optional<DeviceCommand> findByMessageId(String messageId);

	List<DeviceCommand> findByMessageIdIn(Collection<String> messageIds);

	/** Commands still waiting for an answer whose last sending is at or before {@code sentBefore} (index on status, last_sent_at). */
	@Query("select c from DeviceCommand c where c.status = vn.langso.devices.CommandStatus.SENT and c.lastSentAt <= :sentBefore order by c.lastSentAt")
	List<DeviceCommand> dueForRetry(Instant sentBefore, Pageable page);

	List<DeviceCommand> findByCommuneIdAndReferenceOrderById(long communeId, String reference);

	List<DeviceCommand> findTop50ByDeviceIdOrderByIdDesc(long deviceId);

	@Query("select c.status, count(c) from DeviceCommand c where c.communeId = :communeId and c.reference = :reference group by c.status")
	List<Object[]> countByStatus(long communeId, String reference);

}
