package vn.langso.economy;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface GrowingAreaRepository extends JpaRepository<GrowingArea, Long> {

	List<GrowingArea> findByProducerIdOrderByCode(long producerId);

	Optional<GrowingArea> findByCode(String code);

	long countByProducerId(long producerId);

}
