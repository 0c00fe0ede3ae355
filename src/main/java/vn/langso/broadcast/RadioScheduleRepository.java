package vn.langso.broadcast;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RadioScheduleRepository extends JpaRepository<RadioSchedule, Long> {

	List<RadioSchedule> findByCommuneIdAndActiveTrueOrderByPlayAt(long communeId);

	List<RadioSchedule> findByActiveTrue();

}
