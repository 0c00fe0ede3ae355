package vn.langso.economy;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CaptureJobRepository extends JpaRepository<CaptureJob, Long> {

	List<CaptureJob> findTop100ByProducerIdOrderByIdDesc(long producerId);

}
