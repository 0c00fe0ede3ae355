package vn.langso.devices;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DeviceAlertRepository extends JpaRepository<DeviceAlert, Long> {

	List<DeviceAlert> findTop50ByCommuneIdOrderByRaisedAtDesc(long communeId);

	List<DeviceAlert> findByDeviceIdAndKind(long deviceId, String kind);

}
