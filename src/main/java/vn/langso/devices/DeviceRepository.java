package vn.langso.devices;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DeviceRepository extends JpaRepository<Device, Long> {

	Optional<Device> findByCode(String code);

	List<Device> findByCodeIn(Collection<String> codes);

	boolean existsByCode(String code);

	List<Device> findByCommuneIdOrderByVillageIdAscKindAscCodeAsc(long communeId);

	List<Device> findByCommuneIdAndKindAndVillageIdIn(long communeId, DeviceKind kind, Collection<Long> villageIds);

	List<Device> findByCommuneIdAndKindAndPublicCameraTrueOrderByName(long communeId, DeviceKind kind);

	List<Device> findByCommuneIdAndKindOrderByName(long communeId, DeviceKind kind);

	@Query("select d from Device d where d.status = vn.langso.devices.DeviceStatus.ONLINE and d.lastSeenAt < :before")
	List<Device> onlineAndSilentSince(Instant before);

	long countByCommuneIdAndStatus(long communeId, DeviceStatus status);

}
