package vn.langso.devices;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DeviceCommandRepository extends JpaRepository<DeviceCommand, Long> {

	Optional<DeviceCommand> findByMessageId(String messageId);

	List<DeviceCommand> findByStatus(CommandStatus status);

	List<DeviceCommand> findByCommuneIdAndReferenceOrderById(long communeId, String reference);

	List<DeviceCommand> findTop50ByDeviceIdOrderByIdDesc(long deviceId);

	@Query("select c.status, count(c) from DeviceCommand c where c.communeId = :communeId and c.reference = :reference group by c.status")
	List<Object[]> countByStatus(long communeId, String reference);

}
