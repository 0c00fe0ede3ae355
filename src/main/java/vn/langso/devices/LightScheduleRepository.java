package vn.langso.devices;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface LightScheduleRepository extends JpaRepository<LightSchedule, Long> {

	List<LightSchedule> findByCommuneIdOrderById(long communeId);

	List<LightSchedule> findByDeviceId(long deviceId);

}
