package vn.langso.devices;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PlaybackRepository extends JpaRepository<Playback, Long> {

	List<Playback> findTop200ByCommuneIdOrderByStartedAtDesc(long communeId);

	@Query("select count(distinct p.deviceId) from Playback p where p.communeId = :communeId and p.reference = :reference")
	long countDevices(long communeId, String reference);

	boolean existsByDeviceIdAndMessageId(long deviceId, String messageId);

	List<Playback> findByMessageIdIn(Collection<String> messageIds);

}
